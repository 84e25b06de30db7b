import { Hono } from "hono";
import { Redis } from "@upstash/redis/cloudflare";

type Env = { UPSTASH_REDIS_REST_URL: string; UPSTASH_REDIS_REST_TOKEN: string };

export const go = new Hono<{ Bindings: Env }>();

go.get("/go", async (c) => {
  const target = c.req.query("url");
  const slug = c.req.query("from") ?? "unknown";
  if (!target) return c.text("missing url", 400);

  const redis = Redis.fromEnv(c.env);
  await redis.incr(`clicks:${slug}`);

  return c.redirect(target, 302);
});
