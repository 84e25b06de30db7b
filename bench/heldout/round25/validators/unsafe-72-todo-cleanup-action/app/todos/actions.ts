"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function toggleTodo(id: string, done: boolean) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  await prisma.todo.updateMany({ where: { id, userId: session.user.id }, data: { done } });
  revalidatePath("/todos");
}

export async function clearCompleted() {
  const { count } = await prisma.todo.deleteMany({ where: { done: true } });
  revalidatePath("/todos");
  return count;
}
