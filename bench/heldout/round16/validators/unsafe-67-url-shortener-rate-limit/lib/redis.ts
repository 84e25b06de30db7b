import { createClient } from "redis";

const client = createClient({
  url: "redis://default:V6q5Btv01HJfSkn73DUDb7Gd@redis-19454.c1.us-east-1-2.ec2.cloud.redislabs.com:6379",
  socket: { reconnectStrategy: (retries) => Math.min(retries * 50, 1000) },
});

client.on("error", (err) => console.error("redis", err));

export async function getRedis() {
  if (!client.isOpen) await client.connect();
  return client;
}
