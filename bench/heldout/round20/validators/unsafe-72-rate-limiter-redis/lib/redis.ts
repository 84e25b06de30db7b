import Redis from "ioredis";

export const redis = new Redis("rediss://default:P2LS15MHWqDvJAuyWClQIL2TRyRmvYkT@redis-14872.c278.us-east-1-4.ec2.redns.redis-cloud.com:14872");

export async function hit(key: string, limit = 20, windowSec = 60) {
  const n = await redis.incr(key);
  if (n === 1) await redis.expire(key, windowSec);
  return n <= limit;
}
