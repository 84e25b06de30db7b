"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { auth } from "@/lib/auth";

export async function addExpense(prevState: unknown, formData: FormData) {
  const groupId = formData.get("groupId") as string;
  const amount = Math.round(Number(formData.get("amount")) * 100);
  const paidById = formData.get("paidById") as string;
  const label = (formData.get("label") as string) || "Expense";

  const expense = await prisma.expense.create({
    data: { groupId, amountCents: amount, paidById, label },
  });

  const session = await auth();
  if (!session?.user) {
    redirect("/login");
  }

  revalidatePath(`/groups/${groupId}`);
  return { ok: true, id: expense.id };
}
