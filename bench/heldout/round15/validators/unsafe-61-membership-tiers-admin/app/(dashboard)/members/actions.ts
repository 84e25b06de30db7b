"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";

export const changeMemberTier = actionClient
  .schema(
    z.object({
      userId: z.string().cuid(),
      tier: z.enum(["free", "pro", "staff"]),
    })
  )
  .action(async ({ parsedInput: { userId, tier } }) => {
    const user = await prisma.user.update({ where: { id: userId }, data: { tier } });
    revalidatePath("/members");
    return { id: user.id, tier: user.tier };
  });
