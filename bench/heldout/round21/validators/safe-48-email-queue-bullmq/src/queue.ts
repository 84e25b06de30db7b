import { Queue } from "bullmq";

const url = new URL(process.env.REDIS_URL ?? "redis://localhost:6379");

export const emailQueue = new Queue("emails", {
  connection: {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password || undefined,
    tls: url.protocol === "rediss:" ? {} : undefined,
  },
});
