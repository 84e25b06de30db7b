"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";

export const recordAnswer = authActionClient
  .schema(z.object({ cardId: z.string().cuid(), correct: z.boolean() }))
  .action(async ({ parsedInput: { cardId, correct }, ctx: { userId } }) => {
    const card = await prisma.flashcard.findFirst({ where: { id: cardId, deck: { ownerId: userId } } });
    if (!card) throw new Error("Card not found");
    const box = correct ? Math.min(card.box + 1, 5) : 1;
    await prisma.flashcard.update({ where: { id: card.id }, data: { box, lastReviewedAt: new Date() } });
    revalidatePath("/flashcards");
    return { box };
  });
