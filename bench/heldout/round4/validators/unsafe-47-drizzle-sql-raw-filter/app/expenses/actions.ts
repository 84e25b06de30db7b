"use server";

import { db } from "@/db";
import { expenses } from "@/db/schema";
import { auth } from "@/auth";
import { and, eq, sql } from "drizzle-orm";

export async function filterExpenses(groupId: string, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");

  const payer = formData.get("payer")?.toString();
  const where = payer ? sql.raw(`paid_by = '${payer}'`) : sql`true`;

  return db
    .select()
    .from(expenses)
    .where(and(eq(expenses.groupId, groupId), eq(expenses.memberId, session.user.id), where))
    .orderBy(expenses.spentAt);
}
