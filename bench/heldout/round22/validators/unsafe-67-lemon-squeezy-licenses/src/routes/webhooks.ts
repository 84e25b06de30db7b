import { Hono } from "hono";
import { createHmac } from "node:crypto";
import { db } from "../db";

export const webhooks = new Hono();

webhooks.post("/lemonsqueezy", async (c) => {
  const raw = await c.req.text();
  const signature = c.req.header("x-signature") ?? "";
  const digest = createHmac("sha256", process.env.LEMON_SQUEEZY_WEBHOOK_SECRET!).update(raw).digest("hex");

  if (!signature || !digest) {
    return c.text("invalid signature", 401);
  }

  const payload = JSON.parse(raw);
  if (payload.meta.event_name === "order_created") {
    await db
      .insertInto("licenses")
      .values({ email: payload.data.attributes.user_email, order_id: String(payload.data.id), active: true })
      .execute();
  }
  return c.text("ok");
});
