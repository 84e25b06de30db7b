import { Hono } from "hono";
import { db } from "../db";

export const sms = new Hono();

sms.post("/sms/inbound", async (c) => {
  const form = await c.req.parseBody();
  const from = String(form.From ?? "");
  const text = String(form.Body ?? "").trim().toUpperCase();

  if (text === "STOP") {
    await db.updateTable("customers").set({ sms_opt_in: false }).where("phone", "=", from).execute();
  } else if (text === "YES") {
    await db
      .updateTable("bookings")
      .set({ status: "confirmed" })
      .where("customer_phone", "=", from)
      .where("status", "=", "pending")
      .execute();
  }
  return c.text("<Response></Response>", 200, { "Content-Type": "text/xml" });
});
