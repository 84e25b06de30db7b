"use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function archiveNote(noteId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");

  const { count } = await prisma.note.updateMany({
    where: { id: noteId, authorId: session.user.id },
    data: { archived: true },
  });
  if (count === 0) throw new Error("Note not found");
  revalidatePath("/notes");
}
