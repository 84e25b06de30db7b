import Redis from "ioredis";

const url = process.env.REDIS_URL;
if (!url) throw new Error("REDIS_URL is not set");

export const redis = new Redis(url, { maxRetriesPerRequest: 2 });

export async function hit(key: string, limit = 20, windowSec = 60) {
  const n = await redis.incr(key);
  if (n === 1) await redis.expire(key, windowSec);
  return n <= limit;
}
