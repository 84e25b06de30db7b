"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";

export const updateProjectName = authActionClient
  .schema(z.object({ projectId: z.string().cuid(), name: z.string().min(1).max(80) }))
  .action(async ({ parsedInput: { projectId, name }, ctx: { userId } }) => {
    const { count } = await prisma.project.updateMany({
      where: { id: projectId, ownerId: userId },
      data: { name },
    });
    if (count === 0) throw new Error("Project not found");
    revalidatePath(`/projects/${projectId}/settings`);
    return { ok: true };
  });
