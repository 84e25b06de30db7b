"use server";

import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { recipes } from "@/db/schema";
import { getSession } from "@/lib/auth";

export async function saveRecipe(id: string, formData: FormData) {
  const values = {
    title: String(formData.get("title") ?? ""),
    ingredients: String(formData.get("ingredients") ?? ""),
    steps: String(formData.get("steps") ?? ""),
  };

  if (formData.get("intent") === "publish") {
    const session = await getSession();
    if (!session) throw new Error("You must be signed in to publish");
    await db.update(recipes).set({ ...values, published: true }).where(eq(recipes.id, id));
  } else {
    await db.update(recipes).set(values).where(eq(recipes.id, id));
  }

  revalidatePath(`/recipes/${id}`);
}
