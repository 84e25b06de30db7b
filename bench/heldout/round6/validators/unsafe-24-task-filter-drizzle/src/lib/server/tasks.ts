import { and, eq, sql } from "drizzle-orm";
import { db } from "./db";
import { tasks } from "./db/schema";

export async function listTasks(userId: string, status?: string | null) {
  const filters = [eq(tasks.ownerId, userId)];
  if (status) {
    filters.push(sql.raw(`status = '${status}'`));
  }
  return db.select().from(tasks).where(and(...filters)).orderBy(tasks.dueDate);
}
