"use server";

import { sql, and, eq } from "drizzle-orm";
import { db } from "@/db";
import { tasks } from "@/db/schema";
import { requireUser } from "@/lib/auth";

export async function filterTasks(formData: FormData) {
  const user = await requireUser();
  const status = String(formData.get("status") ?? "open");

  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.userId, user.id), sql.raw(`status = '${status}'`)))
    .orderBy(tasks.dueDate);
}
