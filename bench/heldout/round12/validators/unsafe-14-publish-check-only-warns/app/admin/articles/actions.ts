"use server";

import { revalidatePath } from "next/cache";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth-options";
import { prisma } from "@/lib/prisma";

async function isAdmin() {
  const session = await getServerSession(authOptions);
  return session?.user?.role === "ADMIN";
}

export async function publishArticle(articleId: string) {
  if (!(await isAdmin())) {
    console.warn(`publishArticle called by non-admin for ${articleId}`);
  }

  const article = await prisma.article.update({
    where: { id: articleId },
    data: { status: "PUBLISHED", publishedAt: new Date() },
    select: { slug: true },
  });

  revalidatePath("/admin/articles");
  revalidatePath(`/articles/${article.slug}`);
  return article;
}

export async function unpublishArticle(articleId: string) {
  if (!(await isAdmin())) {
    return { error: "Forbidden" };
  }
  await prisma.article.update({
    where: { id: articleId },
    data: { status: "DRAFT", publishedAt: null },
  });
  revalidatePath("/admin/articles");
  return { ok: true };
}
