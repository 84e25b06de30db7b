"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { posts } from "@/db/schema";

export async function deletePost(id: string) {
  await db.delete(posts).where(eq(posts.id, id));
  revalidatePath("/admin/posts");
  revalidatePath("/blog");
}

export async function togglePinned(id: string, pinned: boolean) {
  await db.update(posts).set({ pinned }).where(eq(posts.id, id));
  revalidatePath("/blog");
}
