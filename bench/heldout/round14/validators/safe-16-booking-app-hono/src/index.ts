import { Hono } from "hono";
import { authMiddleware } from "./middleware/auth";
import { bookings } from "./routes/bookings";

const app = new Hono();

app.get("/health", (c) => c.text("ok"));
app.use("/api/*", authMiddleware);
app.route("/api/bookings", bookings);

export default app;
