"use server";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function deletePost(id: string) {
  await prisma.post.delete({ where: { id } });
  revalidatePath("/admin/posts");
}

export async function setFeatured(id: string, featured: boolean) {
  await prisma.post.update({ where: { id }, data: { featured } });
  revalidatePath("/");
}
