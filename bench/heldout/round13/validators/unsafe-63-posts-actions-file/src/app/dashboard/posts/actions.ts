"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";

export async function publishPost(id: string) {
  await prisma.post.update({ where: { id }, data: { published: true, publishedAt: new Date() } });
  revalidatePath("/blog");
  revalidatePath(`/dashboard/posts/${id}`);
}

export async function deletePost(id: string) {
  await prisma.post.delete({ where: { id } });
  revalidatePath("/dashboard/posts");
  redirect("/dashboard/posts");
}
