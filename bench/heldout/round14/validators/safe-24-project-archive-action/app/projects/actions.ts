"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/session";
import { prisma } from "@/lib/prisma";

export async function archiveProject(projectId: string) {
  const user = await requireUser();
  await prisma.project.updateMany({
    where: { id: projectId, ownerId: user.id },
    data: { archived: true },
  });
  revalidatePath("/projects");
}
