"use server";

import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";

export const renameWorkspace = authActionClient
  .schema(z.object({ workspaceId: z.string().cuid(), name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    const { count } = await prisma.workspace.updateMany({
      where: { id: parsedInput.workspaceId, ownerId: ctx.userId },
      data: { name: parsedInput.name },
    });
    return { updated: count };
  });
