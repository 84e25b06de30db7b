"use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function removeBookmark(bookmarkId: string) {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) {
    return { ok: false as const, error: "Please sign in" };
  }

  const { count } = await prisma.bookmark.deleteMany({
    where: { id: bookmarkId, userId },
  });

  if (count === 0) {
    return { ok: false as const, error: "Bookmark not found" };
  }

  revalidatePath("/bookmarks");
  return { ok: true as const };
}

export async function addBookmark(url: string, title: string) {
  const session = await auth();
  if (!session?.user?.id) return { ok: false as const, error: "Please sign in" };

  await prisma.bookmark.create({
    data: { url, title: title.slice(0, 200), userId: session.user.id },
  });
  revalidatePath("/bookmarks");
  return { ok: true as const };
}
