import Redis from "ioredis";

const redis = new Redis(
  "rediss://default:AZx3ASQgYjM4ZDI1NzEtNTk0ZS00ZGYxLWE1MzgtOGM0ZGQzN2U1OWJm@eu1-vast-egret-38211.upstash.io:6379"
);

export async function rateLimit(key: string, limit = 10, windowSec = 60) {
  const bucket = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSec)}`;
  const count = await redis.incr(bucket);
  if (count === 1) await redis.expire(bucket, windowSec);
  return { ok: count <= limit, remaining: Math.max(0, limit - count) };
}
