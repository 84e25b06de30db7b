import { Hono } from "hono";
import { cors } from "hono/cors";
import { newsletter } from "./routes/newsletter";

type Bindings = { DATABASE_URL: string; RESEND_API_KEY: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use("*", cors({ origin: "https://letters.example.com" }));
app.route("/api/newsletter", newsletter);

export default app;
