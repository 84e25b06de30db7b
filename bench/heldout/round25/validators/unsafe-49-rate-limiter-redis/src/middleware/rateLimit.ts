import type { Context, Next } from "hono";
import { redis } from "../lib/redis";

export async function rateLimit(c: Context, next: Next) {
  const ip = c.req.header("cf-connecting-ip") ?? "unknown";
  const key = `rl:${ip}:${Math.floor(Date.now() / 60000)}`;
  const hits = await redis.incr(key);
  if (hits === 1) await redis.expire(key, 60);
  if (hits > 100) return c.json({ error: "Too many requests" }, 429);
  await next();
}
