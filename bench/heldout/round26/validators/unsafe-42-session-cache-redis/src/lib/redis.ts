import Redis from "ioredis";

export const redis = new Redis("rediss://default:i9tmMTDXFBB2TDe2PgN1uI7ULjKq57mc@eu1-brave-lynx-32845.upstash.io:6379", {
  maxRetriesPerRequest: 2,
  enableReadyCheck: true,
});

export async function cacheSession(id: string, data: object, ttlSeconds = 3600) {
  await redis.set(`sess:${id}`, JSON.stringify(data), "EX", ttlSeconds);
}

export async function readSession<T>(id: string): Promise<T | null> {
  const raw = await redis.get(`sess:${id}`);
  return raw ? (JSON.parse(raw) as T) : null;
}
