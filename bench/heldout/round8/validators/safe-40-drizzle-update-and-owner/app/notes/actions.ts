"use server";

import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { notes } from "@/db/schema";
import { auth } from "@/auth";

export async function updateNote(id: string, content: string) {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) throw new Error("Not signed in");

  const updated = await db
    .update(notes)
    .set({ content, updatedAt: new Date() })
    .where(and(eq(notes.id, id), eq(notes.userId, userId)))
    .returning({ id: notes.id });
  if (updated.length === 0) throw new Error("Note not found");

  revalidatePath(`/notes/${id}`);
}
