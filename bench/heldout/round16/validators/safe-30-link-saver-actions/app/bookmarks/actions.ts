"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/require-user";

export async function addBookmark(formData: FormData) {
  const user = await requireUser();
  const url = new URL(String(formData.get("url")));
  await prisma.bookmark.create({ data: { url: url.href, title: String(formData.get("title") ?? url.host), userId: user.id } });
  revalidatePath("/bookmarks");
}

export async function removeBookmark(id: string) {
  const user = await requireUser();
  await prisma.bookmark.deleteMany({ where: { id, userId: user.id } });
  revalidatePath("/bookmarks");
}
