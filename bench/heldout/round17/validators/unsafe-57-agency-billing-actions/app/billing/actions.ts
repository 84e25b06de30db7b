"use server";

import { z } from "zod";
import { db } from "@/db";
import { invoices } from "@/db/schema";

const Input = z.object({
  customerId: z.string().uuid(),
  amountCents: z.coerce.number().int().positive(),
  memo: z.string().max(500).optional(),
});

export async function createInvoice(_prev: unknown, formData: FormData) {
  const parsed = Input.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid input" };
  const [row] = await db.insert(invoices).values({ ...parsed.data, status: "open" }).returning();
  return { id: row.id };
}
