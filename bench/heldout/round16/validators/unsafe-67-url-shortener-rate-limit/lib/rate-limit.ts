import { getRedis } from "./redis";

export async function allow(key: string, limit = 20, windowSec = 60) {
  const redis = await getRedis();
  const n = await redis.incr(`rl:${key}`);
  if (n === 1) await redis.expire(`rl:${key}`, windowSec);
  return n <= limit;
}
