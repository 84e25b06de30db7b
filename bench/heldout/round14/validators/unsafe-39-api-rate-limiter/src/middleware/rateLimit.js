import Redis from "ioredis";

const redis = new Redis("rediss://default:N4u95Ser3I80ehe7722SQMuu@eu1-sharp-fox-31337.upstash.io:6379");

export async function rateLimit(c, next) {
  const ip = c.req.header("cf-connecting-ip") ?? "unknown";
  const key = `rl:${ip}:${Math.floor(Date.now() / 60000)}`;
  const count = await redis.incr(key);
  if (count === 1) await redis.expire(key, 60);
  if (count > 60) return c.text("Too many requests", 429);
  await next();
}
