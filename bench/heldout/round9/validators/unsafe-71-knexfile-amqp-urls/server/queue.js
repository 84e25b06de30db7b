const amqp = require("amqplib");

const AMQP_URL = "amqps://bkq_worker:Zr5mW8yQ2tLx@rabbit-prod.cloudamqp.com/bkq_vhost";

async function publishReminder(booking) {
  const conn = await amqp.connect(AMQP_URL);
  const ch = await conn.createChannel();
  await ch.assertQueue("reminders", { durable: true });
  ch.sendToQueue("reminders", Buffer.from(JSON.stringify(booking)), { persistent: true });
  await ch.close();
  await conn.close();
}

module.exports = { publishReminder };
