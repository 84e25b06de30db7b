import { createClient } from "redis";

function redisUrl() {
  const url = new URL(`rediss://${process.env.REDIS_HOST ?? "localhost"}:${process.env.REDIS_PORT ?? "6379"}`);
  if (process.env.REDIS_USERNAME) url.username = process.env.REDIS_USERNAME;
  if (process.env.REDIS_PASSWORD) url.password = encodeURIComponent(process.env.REDIS_PASSWORD);
  return url.toString();
}

export const redis = createClient({ url: redisUrl() });
redis.on("error", (err) => console.error("redis error", err.message));

export async function ensureRedis() {
  if (!redis.isOpen) await redis.connect();
  return redis;
}
