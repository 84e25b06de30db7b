import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { drizzle } from "drizzle-orm/d1";
import { and, eq } from "drizzle-orm";
import { teamMembers, teams } from "./schema";

type Bindings = { DB: D1Database; JWT_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use("/api/me/*", (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.get("/api/me/teams", async (c) => {
  const payload = c.get("jwtPayload") as { sub: string };
  const db = drizzle(c.env.DB);
  const rows = await db
    .select()
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(teamMembers.userId, payload.sub));
  return c.json(rows);
});

app.delete("/api/teams/:teamId/members/:memberId", async (c) => {
  const { teamId, memberId } = c.req.param();
  const db = drizzle(c.env.DB);
  await db
    .delete(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.id, memberId)));
  return c.body(null, 204);
});

export default app;
