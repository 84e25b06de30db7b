import Redis from "ioredis";

const url = new URL(process.env.REDIS_URL ?? "redis://localhost:6379");
if (process.env.REDIS_PASSWORD) {
  url.username = "default";
  url.password = process.env.REDIS_PASSWORD;
}

export const redis = new Redis(url.toString(), { maxRetriesPerRequest: 2 });
