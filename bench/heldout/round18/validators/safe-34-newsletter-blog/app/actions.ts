"use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function deletePost(id: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  await prisma.post.deleteMany({ where: { id, authorId: session.user.id } });
  revalidatePath("/dashboard/posts");
}

export async function togglePublish(id: string, published: boolean) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  await prisma.post.updateMany({ where: { id, authorId: session.user.id }, data: { published } });
  revalidatePath("/blog");
}
