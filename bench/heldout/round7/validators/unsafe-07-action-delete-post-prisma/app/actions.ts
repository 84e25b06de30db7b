"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function deletePost(id: string) {
  await prisma.comment.deleteMany({ where: { postId: id } });
  await prisma.post.delete({ where: { id } });
  revalidatePath("/blog");
}

export async function togglePublished(id: string, published: boolean) {
  const post = await prisma.post.update({
    where: { id },
    data: { published, publishedAt: published ? new Date() : null },
  });
  revalidatePath(`/blog/${post.slug}`);
  return post;
}
