import Redis from "ioredis";
import type { MiddlewareHandler } from "hono";

const redis = new Redis("rediss://default:AvXaAVG2wKiEEBTtxARTLsZQESqiv4lgzBblbx63jXbW6Xv@eu1-quiet-falcon-38211.upstash.io:6379");

export const rateLimit = (limit = 60): MiddlewareHandler => async (c, next) => {
  const ip = c.req.header("x-forwarded-for") ?? "anon";
  const key = `rl:${ip}:${Math.floor(Date.now() / 60000)}`;
  const count = await redis.incr(key);
  if (count === 1) await redis.expire(key, 60);
  if (count > limit) return c.json({ error: "Too many requests" }, 429);
  await next();
};
