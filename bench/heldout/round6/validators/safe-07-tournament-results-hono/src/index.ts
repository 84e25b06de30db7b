import { Hono } from "hono";
import { jwt } from "hono/jwt";
import postgres from "postgres";

type Env = { DATABASE_URL: string; JWT_SECRET: string };
const app = new Hono<{ Bindings: Env }>();

app.use("/api/*", (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.patch("/api/tournaments/:id/results", async (c) => {
  const sql = postgres(c.env.DATABASE_URL);
  const { sub } = c.get("jwtPayload") as { sub: string };
  const { matchId, winnerId } = await c.req.json();

  const rows = await sql`
    update matches m set winner_id = ${winnerId}, finished_at = now()
    from tournaments t
    where m.id = ${matchId} and m.tournament_id = t.id
      and t.id = ${c.req.param("id")} and t.organiser_id = ${sub}
    returning m.*`;

  if (rows.length === 0) return c.json({ error: "not found" }, 404);
  return c.json(rows[0]);
});

export default app;
