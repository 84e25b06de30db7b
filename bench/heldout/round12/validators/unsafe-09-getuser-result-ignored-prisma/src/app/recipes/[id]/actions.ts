"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/utils/supabase/server";
import prisma from "@/lib/prisma";

export const rateRecipe = async (recipeId: string, userId: string, stars: number) => {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();

  const value = Math.max(1, Math.min(5, Math.round(stars)));

  await prisma.rating.upsert({
    where: { recipeId_userId: { recipeId, userId } },
    create: { recipeId, userId, stars: value },
    update: { stars: value },
  });

  const agg = await prisma.rating.aggregate({
    where: { recipeId },
    _avg: { stars: true },
    _count: true,
  });

  await prisma.recipe.update({
    where: { id: recipeId },
    data: { avgRating: agg._avg.stars ?? 0, ratingCount: agg._count },
  });

  revalidatePath(`/recipes/${recipeId}`);
  return { average: agg._avg.stars, count: agg._count, viewer: data.user?.email };
};
