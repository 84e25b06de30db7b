"use server";

import { db } from "@/db";
import { invoices } from "@/db/schema";

async function saveInvoice(formData: FormData) {
  const userId = String(formData.get("userId"));
  const client = String(formData.get("client"));
  const amount = Number(formData.get("amount"));
  const [row] = await db.insert(invoices).values({ userId, client, amountCents: Math.round(amount * 100) }).returning();
  return { id: row.id };
}

export { saveInvoice as createInvoice };
