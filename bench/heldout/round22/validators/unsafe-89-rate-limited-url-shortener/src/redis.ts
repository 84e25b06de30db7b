import Redis from "ioredis";

export const redis = new Redis("redis://default:j7amGfjUUdepErZPehBs0lrfJ7jprEqB@redis-07065.c658.us-east-1-2.ec2.redns.redis-cloud.com:18771", {
  maxRetriesPerRequest: 2,
  enableAutoPipelining: true,
});

export async function hit(key: string, limit: number, windowSec: number) {
  const count = await redis.incr(key);
  if (count === 1) await redis.expire(key, windowSec);
  return count <= limit;
}
