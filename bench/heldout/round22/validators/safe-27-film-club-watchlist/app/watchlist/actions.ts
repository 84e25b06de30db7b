"use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function removeFromWatchlist(movieId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");

  await prisma.watchlistItem.deleteMany({ where: { movieId, userId: session.user.id } });
  revalidatePath("/watchlist");
}
