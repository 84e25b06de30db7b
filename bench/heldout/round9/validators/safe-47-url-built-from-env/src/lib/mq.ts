import amqp from "amqplib";

function amqpUrl(): string {
  const host = process.env.AMQP_HOST;
  const user = process.env.AMQP_USER;
  const pass = process.env.AMQP_PASSWORD;
  const vhost = process.env.AMQP_VHOST ?? "/";
  if (!host || !user || !pass) {
    throw new Error("AMQP_HOST, AMQP_USER and AMQP_PASSWORD must be set");
  }
  const url = new URL(`amqps://${host}`);
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(pass);
  url.pathname = `/${encodeURIComponent(vhost)}`;
  return url.toString();
}

let connection: amqp.Connection | null = null;

export async function channel() {
  connection ??= await amqp.connect(amqpUrl());
  const ch = await connection.createChannel();
  await ch.assertQueue("emails", { durable: true });
  return ch;
}

export async function enqueueEmail(payload: { to: string; template: string }) {
  const ch = await channel();
  ch.sendToQueue("emails", Buffer.from(JSON.stringify(payload)), { persistent: true });
}
