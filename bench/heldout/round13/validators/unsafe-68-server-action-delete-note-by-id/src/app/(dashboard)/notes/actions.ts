"use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function deleteNote(noteId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not authenticated");

  await prisma.note.delete({ where: { id: noteId } });
  revalidatePath("/notes");
}

export async function togglePin(noteId: string, pinned: boolean) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not authenticated");

  await prisma.note.update({ where: { id: noteId }, data: { pinned } });
  revalidatePath("/notes");
}
