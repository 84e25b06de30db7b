"use server";

import { z } from "zod";
import { authedAction } from "@/lib/safe-action";
import { db } from "@/lib/db";

export const addCard = authedAction
  .schema(z.object({ deckId: z.string(), front: z.string().min(1), back: z.string().min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    const deck = await db.deck.findFirst({ where: { id: parsedInput.deckId, ownerId: ctx.userId } });
    if (!deck) throw new Error("Deck not found");
    return db.card.create({ data: { deckId: deck.id, front: parsedInput.front, back: parsedInput.back } });
  });
