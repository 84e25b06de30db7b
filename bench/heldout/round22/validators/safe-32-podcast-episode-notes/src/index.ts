import { Hono } from "hono";
import { verify } from "hono/jwt";
import { getDb } from "./db";

type Env = {
  Bindings: { DATABASE_URL: string; JWT_SECRET: string };
  Variables: { userId: string };
};

const app = new Hono<Env>();

app.use("/api/*", async (c, next) => {
  const header = c.req.header("Authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  try {
    const payload = await verify(token, c.env.JWT_SECRET, "HS256");
    c.set("userId", String(payload.sub));
  } catch {
    return c.json({ error: "Unauthorized" }, 401);
  }
  await next();
});

app.post("/api/notes", async (c) => {
  const { episodeId, timestamp, text } = await c.req.json<{ episodeId: string; timestamp: number; text: string }>();
  const db = getDb(c.env.DATABASE_URL);
  const note = await db
    .insertInto("notes")
    .values({ episode_id: episodeId, ts_seconds: timestamp, text, user_id: c.get("userId") })
    .returningAll()
    .executeTakeFirstOrThrow();
  return c.json(note, 201);
});

export default app;
