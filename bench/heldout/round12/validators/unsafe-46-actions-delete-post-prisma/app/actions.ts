"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";

export async function deletePost(id: string) {
  await prisma.comment.deleteMany({ where: { postId: id } });
  await prisma.post.delete({ where: { id } });
  revalidatePath("/dashboard/posts");
  redirect("/dashboard/posts");
}

export async function togglePublish(id: string, published: boolean) {
  const post = await prisma.post.update({
    where: { id },
    data: { published, publishedAt: published ? new Date() : null },
  });
  revalidatePath(`/blog/${post.slug}`);
  revalidatePath("/dashboard/posts");
  return { ok: true, published: post.published };
}

export async function getDrafts() {
  return prisma.post.findMany({
    where: { published: false },
    orderBy: { updatedAt: "desc" },
    take: 20,
  });
}
