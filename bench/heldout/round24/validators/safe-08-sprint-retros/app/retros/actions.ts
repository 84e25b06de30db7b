"use server";

import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";

export const addCard = authActionClient
  .schema(z.object({ retroId: z.string().cuid(), column: z.enum(["went_well", "to_improve", "actions"]), text: z.string().min(1).max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    const retro = await prisma.retro.findFirst({
      where: { id: parsedInput.retroId, team: { members: { some: { userId: ctx.userId } } } },
      select: { id: true },
    });
    if (!retro) throw new Error("Retro not found");
    return prisma.retroCard.create({
      data: { retroId: retro.id, column: parsedInput.column, text: parsedInput.text, authorId: ctx.userId },
    });
  });
