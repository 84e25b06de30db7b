"use server";

import { auth } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { eq, and } from "drizzle-orm";
import { db } from "@/db";
import { todos } from "@/db/schema";

export async function createTodo(formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Not signed in");

  const title = String(formData.get("title") ?? "").trim();
  if (!title) return;
  await db.insert(todos).values({ title, userId });
  revalidatePath("/todos");
}

export async function toggleTodo(id: number, done: boolean) {
  await db.update(todos).set({ done }).where(eq(todos.id, id));
  revalidatePath("/todos");
}

export async function clearCompleted(userId: string) {
  await db.delete(todos).where(and(eq(todos.userId, userId), eq(todos.done, true)));
  revalidatePath("/todos");
}
