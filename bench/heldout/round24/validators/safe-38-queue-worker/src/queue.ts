import { Queue, Worker } from "bullmq";

const connection = {
  host: process.env.REDIS_HOST ?? "127.0.0.1",
  port: Number(process.env.REDIS_PORT ?? 6379),
  password: process.env.REDIS_PASSWORD,
  tls: process.env.REDIS_TLS === "1" ? {} : undefined,
};

export const emailQueue = new Queue("emails", { connection });

export const emailWorker = new Worker(
  "emails",
  async (job) => {
    const { to, template } = job.data as { to: string; template: string };
    console.log(`sending ${template} to ${to}`);
  },
  { connection }
);
