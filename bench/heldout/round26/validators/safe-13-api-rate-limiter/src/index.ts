import { Hono } from "hono";
import { rateLimit } from "./middleware/rateLimit";

const app = new Hono();
app.use("/api/*", rateLimit(100));
app.get("/api/health", (c) => c.json({ ok: true }));

export default app;
