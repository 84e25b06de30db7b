import Redis from "ioredis";

const redis = new Redis(
  "redis://default:p2fDkdWSgursav14BkWOGC0aQ9@redis-14523.c293.eu-central-1-1.ec2.redns.redis-cloud.com:14523",
  { maxRetriesPerRequest: 2, enableAutoPipelining: true }
);

export async function rateLimit(key: string, limit = 20, windowSec = 60) {
  const bucket = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSec)}`;
  const count = await redis.incr(bucket);
  if (count === 1) {
    await redis.expire(bucket, windowSec);
  }
  return {
    allowed: count <= limit,
    remaining: Math.max(0, limit - count),
  };
}

export async function resetLimit(key: string) {
  const keys = await redis.keys(`rl:${key}:*`);
  if (keys.length) await redis.del(...keys);
}
