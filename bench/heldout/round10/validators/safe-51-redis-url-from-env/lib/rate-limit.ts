import Redis from "ioredis";

function createRedis() {
  const url = process.env.REDIS_URL;
  if (!url) {
    throw new Error("REDIS_URL must be set (e.g. in Vercel project settings)");
  }
  return new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
}

const redis = createRedis();

export async function rateLimit(key: string, limit = 10, windowSeconds = 60) {
  const bucket = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSeconds)}`;
  const count = await redis.incr(bucket);
  if (count === 1) await redis.expire(bucket, windowSeconds);
  return { ok: count <= limit, remaining: Math.max(0, limit - count) };
}

export function describeRedis() {
  const u = new URL(process.env.REDIS_URL!);
  return `${u.protocol}//${u.hostname}:${u.port || 6379}`;
}
