import Redis from "ioredis";

const redis = new Redis("rediss://default:BVcjNAPlXLVicmI6p32lQ3aVWLIYSiR5@lwhtxa-ejzobj-04266.upstash.io:6379", {
  maxRetriesPerRequest: 2,
});

export async function rateLimit(key: string, limit = 20, windowSec = 60) {
  const bucket = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSec)}`;
  const count = await redis.incr(bucket);
  if (count === 1) await redis.expire(bucket, windowSec);
  return { ok: count <= limit, remaining: Math.max(0, limit - count) };
}
