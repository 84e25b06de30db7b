"use server";

import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";

export const updateBillingEmail = authActionClient
  .schema(z.object({ workspaceId: z.string().cuid(), billingEmail: z.string().email() }))
  .action(async ({ parsedInput: { workspaceId, billingEmail }, ctx: { userId } }) => {
    const { count } = await prisma.workspace.updateMany({
      where: { id: workspaceId, members: { some: { userId, role: "OWNER" } } },
      data: { billingEmail },
    });
    if (count === 0) throw new Error("Not allowed");
    return { ok: true };
  });
