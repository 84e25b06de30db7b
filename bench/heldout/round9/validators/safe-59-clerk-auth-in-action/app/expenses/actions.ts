"use server";

import { auth } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { expenses } from "@/db/schema";

export async function addExpense(formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");

  const amount = Number(formData.get("amount"));
  const label = String(formData.get("label") ?? "").slice(0, 100);
  if (!Number.isFinite(amount) || amount <= 0) return { error: "Invalid amount" };

  await db.insert(expenses).values({ userId, amount: Math.round(amount * 100), label });
  revalidatePath("/expenses");
  return { ok: true };
}

export async function removeExpense(id: number) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  await db.delete(expenses).where(and(eq(expenses.id, id), eq(expenses.userId, userId)));
  revalidatePath("/expenses");
}
