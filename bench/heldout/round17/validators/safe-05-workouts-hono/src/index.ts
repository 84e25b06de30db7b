import { Hono } from "hono";
import postgres from "postgres";
import { authMiddleware } from "./auth";

const sql = postgres(process.env.DATABASE_URL!);
const app = new Hono<{ Variables: { user: { id: string } } }>();

app.use("/api/*", authMiddleware);

app.post("/api/workouts", async (c) => {
  const user = c.get("user");
  const { kind, minutes } = await c.req.json<{ kind: string; minutes: number }>();
  const [row] = await sql`insert into workouts (user_id, kind, minutes) values (${user.id}, ${kind}, ${minutes}) returning *`;
  return c.json(row, 201);
});

app.delete("/api/workouts/:id", async (c) => {
  const user = c.get("user");
  const res = await sql`delete from workouts where id = ${c.req.param("id")} and user_id = ${user.id}`;
  return res.count ? c.body(null, 204) : c.json({ error: "not found" }, 404);
});

export default app;
