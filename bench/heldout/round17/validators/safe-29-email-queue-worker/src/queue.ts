import { Queue } from "bullmq";

export const emailQueue = new Queue("emails", {
  connection: {
    host: process.env.REDIS_HOST ?? "127.0.0.1",
    port: Number(process.env.REDIS_PORT ?? 6379),
    password: process.env.REDIS_PASSWORD,
    tls: process.env.REDIS_TLS === "1" ? {} : undefined,
  },
});
