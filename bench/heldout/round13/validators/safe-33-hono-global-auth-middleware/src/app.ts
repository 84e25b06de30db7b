import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { createClient, type User } from "@supabase/supabase-js";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);

const requireUser = createMiddleware<{ Variables: { user: User } }>(async (c, next) => {
  const token = c.req.header("authorization")?.replace(/^Bearer\s+/i, "");
  if (!token) throw new HTTPException(401, { message: "missing bearer token" });
  const { data, error } = await supabase.auth.getUser(token);
  if (error || !data.user) throw new HTTPException(401, { message: "invalid token" });
  c.set("user", data.user);
  await next();
});

export const app = new Hono<{ Variables: { user: User } }>().basePath("/api");

app.use("*", requireUser);

app.post("/cards", async (c) => {
  const user = c.get("user");
  const { front, back, deckId } = await c.req.json();
  const { rows } = await pool.query(
    `insert into cards (deck_id, front, back, owner_id)
     select $1, $2, $3, $4 where exists (select 1 from decks where id = $1 and owner_id = $4)
     returning *`,
    [deckId, front, back, user.id],
  );
  if (!rows[0]) return c.json({ error: "deck not found" }, 404);
  return c.json(rows[0], 201);
});
