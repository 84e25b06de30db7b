import Redis from "ioredis";

const redis = new Redis("redis://default:TRmVLX95I00kVyxluo7VqBPcsTaTJRnD@redis-13800.c14.us-east-1-3.ec2.redns.redis-cloud.com:10331");

export async function hit(key: string, limit = 30, windowSec = 60) {
  const count = await redis.incr(`rl:${key}`);
  if (count === 1) await redis.expire(`rl:${key}`, windowSec);
  return count <= limit;
}
