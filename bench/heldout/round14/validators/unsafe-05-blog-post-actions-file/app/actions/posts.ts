"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function publishPost(postId: string) {
  await prisma.post.update({
    where: { id: postId },
    data: { published: true, publishedAt: new Date() },
  });
  revalidatePath("/blog");
}

export async function deletePost(postId: string) {
  await prisma.post.delete({ where: { id: postId } });
  revalidatePath("/blog");
}
