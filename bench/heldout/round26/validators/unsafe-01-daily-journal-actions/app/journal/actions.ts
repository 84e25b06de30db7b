"use server";

import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { entries } from "@/db/schema";
import { getSession } from "@/lib/session";

export async function deleteEntry(formData: FormData) {
  const session = await getSession();
  if (!session) throw new Error("Not signed in");

  const id = Number(formData.get("id"));
  await db.delete(entries).where(eq(entries.id, id));
  revalidatePath("/journal");
}

export async function createEntry(formData: FormData) {
  const session = await getSession();
  if (!session) throw new Error("Not signed in");

  await db.insert(entries).values({
    userId: session.userId,
    body: String(formData.get("body") ?? ""),
    mood: Number(formData.get("mood") ?? 3),
  });
  revalidatePath("/journal");
}
