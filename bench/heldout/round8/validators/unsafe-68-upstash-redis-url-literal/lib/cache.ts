import Redis from "ioredis";

export const redis = new Redis(
  "rediss://default:AYx9bQ3dZf7LmN2pR8sTwuakt95gIOIM@eu1-sharp-falcon-38291.upstash.io:6379",
  { maxRetriesPerRequest: 2 }
);

export async function rateLimit(key: string, limit = 20, windowSec = 60) {
  const count = await redis.incr(key);
  if (count === 1) await redis.expire(key, windowSec);
  return count <= limit;
}
