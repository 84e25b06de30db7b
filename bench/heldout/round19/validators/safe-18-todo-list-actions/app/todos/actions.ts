"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

async function userId() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  return session.user.id;
}

export async function toggleTodo(id: string, done: boolean) {
  const uid = await userId();
  await prisma.todo.updateMany({ where: { id, userId: uid }, data: { done } });
  revalidatePath("/todos");
}

export async function deleteTodo(id: string) {
  const uid = await userId();
  await prisma.todo.deleteMany({ where: { id, userId: uid } });
  revalidatePath("/todos");
}
