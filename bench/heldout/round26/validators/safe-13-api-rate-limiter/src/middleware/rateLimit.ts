import type { MiddlewareHandler } from "hono";
import Redis from "ioredis";

const redis = new Redis(process.env.REDIS_URL!);

const SLIDING_WINDOW = `
local current = redis.call("INCR", KEYS[1])
if current == 1 then
  redis.call("PEXPIRE", KEYS[1], ARGV[1])
end
return current
`;

export function rateLimit(limit = 60, windowMs = 60_000): MiddlewareHandler {
  return async (c, next) => {
    const ip = c.req.header("cf-connecting-ip") ?? c.req.header("x-forwarded-for") ?? "local";
    const bucket = Math.floor(Date.now() / windowMs);
    const count = (await redis.eval(SLIDING_WINDOW, 1, `rl:${ip}:${bucket}`, windowMs)) as number;
    c.header("X-RateLimit-Remaining", String(Math.max(0, limit - count)));
    if (count > limit) return c.json({ error: "Too many requests" }, 429);
    await next();
  };
}
