"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function deletePost(id: string) {
  await prisma.post.delete({ where: { id } });
  revalidatePath("/dashboard/posts");
}

export async function togglePublish(id: string, published: boolean) {
  await prisma.post.update({ where: { id }, data: { published } });
  revalidatePath("/blog");
}
