import Redis from "ioredis";

const redis = new Redis(
  "rediss://default:AZx8l4g5FZOiVhgESSXoJ8DS4HmF5qKWQz84lfE3ARaLc@eu1-witty-gecko-38211.upstash.io:6379",
  { maxRetriesPerRequest: 2, lazyConnect: true }
);

export async function rateLimit(key: string, limit = 10, windowSeconds = 60) {
  const bucket = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSeconds)}`;
  const count = await redis.incr(bucket);
  if (count === 1) {
    await redis.expire(bucket, windowSeconds);
  }
  return {
    ok: count <= limit,
    remaining: Math.max(0, limit - count),
    reset: windowSeconds - (Math.floor(Date.now() / 1000) % windowSeconds),
  };
}

export async function closeRedis() {
  await redis.quit();
}
