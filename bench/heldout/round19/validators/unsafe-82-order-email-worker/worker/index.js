import amqp from "amqplib";
import { BROKER_URL, QUEUE } from "./config.js";
import { sendOrderEmail } from "./mail.js";

const conn = await amqp.connect(BROKER_URL);
const ch = await conn.createChannel();
await ch.assertQueue(QUEUE, { durable: true });

ch.consume(QUEUE, async (msg) => {
  if (!msg) return;
  await sendOrderEmail(JSON.parse(msg.content.toString()));
  ch.ack(msg);
});
