"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth-guards";
import { prisma } from "@/lib/prisma";

export async function hidePost(postId: string) {
  const admin = await requireAdmin();
  await prisma.post.update({ where: { id: postId }, data: { hidden: true, hiddenById: admin.id } });
  revalidatePath("/admin/moderation");
}

export async function restorePost(postId: string) {
  await requireAdmin();
  await prisma.post.update({ where: { id: postId }, data: { hidden: false, hiddenById: null } });
  revalidatePath("/admin/moderation");
}
