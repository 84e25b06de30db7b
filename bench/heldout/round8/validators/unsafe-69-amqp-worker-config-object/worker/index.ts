import amqp from "amqplib";
import { config } from "./config";
import { sendEmail } from "./send";

async function main() {
  const conn = await amqp.connect(config.broker.url, { heartbeat: config.broker.heartbeat });
  const ch = await conn.createChannel();
  await ch.assertQueue(config.queue, { durable: true });
  ch.prefetch(config.prefetch);
  ch.consume(config.queue, async (msg) => {
    if (!msg) return;
    await sendEmail(JSON.parse(msg.content.toString()));
    ch.ack(msg);
  });
}

main();
