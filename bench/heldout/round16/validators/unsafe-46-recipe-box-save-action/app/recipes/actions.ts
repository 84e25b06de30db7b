"use server";

import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function saveRecipe(formData: FormData) {
  const id = String(formData.get("id") || "") || undefined;
  const data = {
    title: String(formData.get("title")),
    ingredients: String(formData.get("ingredients")),
    published: formData.get("intent") === "publish",
  };

  if (!data.published) {
    const session = await auth();
    if (!session?.user?.id) throw new Error("Sign in to save drafts");
    return prisma.recipe.upsert({
      where: { id: id ?? "" },
      create: { ...data, authorId: session.user.id },
      update: data,
    });
  }

  return prisma.recipe.upsert({
    where: { id: id ?? "" },
    create: { ...data, authorId: String(formData.get("authorId")) },
    update: data,
  });
}
