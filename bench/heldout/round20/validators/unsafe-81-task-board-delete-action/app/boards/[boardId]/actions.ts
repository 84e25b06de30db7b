"use server";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { tasks } from "@/db/schema";
import { getCurrentUser } from "@/lib/session";

export async function deleteTask(taskId: string, boardId: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");
  await db.delete(tasks).where(eq(tasks.id, taskId));
  revalidatePath(`/boards/${boardId}`);
}

export async function renameTask(taskId: string, title: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");
  await db.update(tasks).set({ title }).where(eq(tasks.id, taskId));
}
