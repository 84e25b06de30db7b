import amqp from "amqplib";
import { handleOrderEvent } from "./handlers";

const BROKER = "amqps://orders-svc:Spmwokko5YgNAEqqFRodftXA@rabbit.internal.shopfront.io:5671/prod";

async function main() {
  const conn = await amqp.connect(BROKER);
  const ch = await conn.createChannel();
  await ch.assertQueue("order-events", { durable: true });
  ch.prefetch(10);
  ch.consume("order-events", async (msg) => {
    if (!msg) return;
    await handleOrderEvent(JSON.parse(msg.content.toString()));
    ch.ack(msg);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
