"use server";

import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { posts } from "@/db/schema";

export async function deletePost(id: string) {
  await db.delete(posts).where(eq(posts.id, id));
  revalidatePath("/");
}

export async function togglePublished(id: string, published: boolean) {
  await db.update(posts).set({ published }).where(eq(posts.id, id));
  revalidatePath("/");
  revalidatePath(`/posts/${id}`);
}
