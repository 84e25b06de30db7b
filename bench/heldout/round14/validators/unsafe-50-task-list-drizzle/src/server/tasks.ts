import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "./db";
import { tasks } from "./schema";

export async function listTasks(userId: string, status?: string) {
  const statusFilter = status ? sql.raw(`status = '${status}'`) : sql.raw("true");
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.ownerId, userId), statusFilter))
    .orderBy(desc(tasks.createdAt));
}
