import IORedis from "ioredis";

export const connection = new IORedis({
  host: process.env.REDIS_HOST ?? "127.0.0.1",
  port: Number(process.env.REDIS_PORT ?? 6379),
  password: process.env.REDIS_PASSWORD,
  tls: process.env.REDIS_TLS === "1" ? {} : undefined,
  maxRetriesPerRequest: null,
});

export const dashboardUrl = new URL("/queues", process.env.APP_URL ?? "http://localhost:3000").href;
