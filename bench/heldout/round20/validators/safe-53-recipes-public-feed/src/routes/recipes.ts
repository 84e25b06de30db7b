import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { sql } from "../db";

type Env = { Variables: { jwtPayload: { sub: string } } };
export const recipes = new Hono<Env>();

recipes.get("/", async (c) => {
  const rows = await sql`select id, title, summary from recipes where published = true order by created_at desc limit 50`;
  return c.json(rows);
});

recipes.post("/", jwt({ secret: process.env.JWT_SECRET! }), async (c) => {
  const { sub } = c.get("jwtPayload");
  const { title, summary, steps } = await c.req.json<{ title: string; summary: string; steps: string[] }>();
  const [row] = await sql`
    insert into recipes (title, summary, steps, author_id)
    values (${title}, ${summary}, ${sql.json(steps)}, ${sub})
    returning id`;
  return c.json(row, 201);
});
