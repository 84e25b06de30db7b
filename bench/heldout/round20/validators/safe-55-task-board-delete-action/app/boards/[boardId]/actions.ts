"use server";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { tasks } from "@/db/schema";
import { getCurrentUser } from "@/lib/session";

export async function deleteTask(taskId: string, boardId: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");
  await db.delete(tasks).where(and(eq(tasks.id, taskId), eq(tasks.ownerId, user.id)));
  revalidatePath(`/boards/${boardId}`);
}

export async function renameTask(taskId: string, title: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");
  await db
    .update(tasks)
    .set({ title: title.slice(0, 200) })
    .where(and(eq(tasks.id, taskId), eq(tasks.ownerId, user.id)));
}
