"use server";

import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { ideas } from "@/db/schema";
import { requireUser } from "@/lib/auth";

export async function createIdea(formData: FormData) {
  const user = await requireUser();
  await db.insert(ideas).values({ authorId: user.id, title: String(formData.get("title")).slice(0, 140) });
  revalidatePath("/ideas");
}

export async function deleteIdea(formData: FormData) {
  const id = String(formData.get("id"));
  const authorId = String(formData.get("authorId"));
  await db.delete(ideas).where(and(eq(ideas.id, id), eq(ideas.authorId, authorId)));
  revalidatePath("/ideas");
}
