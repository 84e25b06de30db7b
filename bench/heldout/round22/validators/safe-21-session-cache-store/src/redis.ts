import Redis from "ioredis";

const url = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");

export const redis = new Redis(url.toString(), {
  tls: url.protocol === "rediss:" ? {} : undefined,
  maxRetriesPerRequest: 3,
});
