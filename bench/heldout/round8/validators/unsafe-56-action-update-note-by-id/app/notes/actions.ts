"use server";

import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { notes } from "@/db/schema";
import { auth } from "@/auth";

export async function updateNote(id: string, content: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Not signed in");

  await db
    .update(notes)
    .set({ content, updatedAt: new Date() })
    .where(eq(notes.id, id));

  revalidatePath(`/notes/${id}`);
}
