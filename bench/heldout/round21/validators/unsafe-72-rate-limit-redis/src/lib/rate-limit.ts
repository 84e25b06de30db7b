import Redis from "ioredis";

const redis = new Redis("redis://default:EMwWL63FWqB6YjnHQEo1kdUWlKZU5NF5@redis-14334.c16.us-east-1-2.ec2.cloud.redislabs.com:14171");

export async function hit(key: string, limit = 30, windowSec = 60) {
  const k = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSec)}`;
  const n = await redis.incr(k);
  if (n === 1) await redis.expire(k, windowSec);
  return n <= limit;
}
