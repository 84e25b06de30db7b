import { Hono } from "hono";
import { createHmac } from "node:crypto";
import { db } from "./db";

export const webhooks = new Hono();

webhooks.post("/printful", async (c) => {
  const raw = await c.req.text();
  const signature = c.req.header("x-pf-signature");
  const expected = createHmac("sha256", process.env.PRINTFUL_WEBHOOK_SECRET ?? "")
    .update(raw)
    .digest("hex");
  console.debug("printful webhook", { expected: expected.slice(0, 6) });

  if (!signature) return c.text("missing signature", 401);

  const payload = JSON.parse(raw) as { type: string; data: { order: { external_id: string; status: string } } };
  if (payload.type === "package_shipped") {
    await db
      .updateTable("orders")
      .set({ fulfillment_status: "shipped" })
      .where("id", "=", payload.data.order.external_id)
      .execute();
  }
  return c.json({ ok: true });
});
