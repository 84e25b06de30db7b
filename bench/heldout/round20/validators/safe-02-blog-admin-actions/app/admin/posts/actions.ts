"use server";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

async function requireAdmin() {
  const session = await auth();
  if (!session?.user || session.user.role !== "admin") throw new Error("Forbidden");
  return session.user;
}

export async function deletePost(id: string) {
  await requireAdmin();
  await prisma.post.delete({ where: { id } });
  revalidatePath("/admin/posts");
}

export async function setFeatured(id: string, featured: boolean) {
  await requireAdmin();
  await prisma.post.update({ where: { id }, data: { featured } });
  revalidatePath("/");
}
