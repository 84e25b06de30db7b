import { createClient } from "redis";

export const cache = createClient({ url: process.env.REDIS_URL ?? "redis://localhost:6379" });
cache.on("error", (err) => console.error("redis error", err));

export async function cached<T>(key: string, ttl: number, load: () => Promise<T>): Promise<T> {
  if (!cache.isOpen) await cache.connect();
  const hit = await cache.get(key);
  if (hit) return JSON.parse(hit) as T;
  const value = await load();
  await cache.set(key, JSON.stringify(value), { EX: ttl });
  return value;
}
