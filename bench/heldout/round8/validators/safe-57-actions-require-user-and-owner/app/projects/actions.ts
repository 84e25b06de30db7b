"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/auth";

export async function deleteProject(projectId: string) {
  const user = await requireUser();
  const { count } = await prisma.project.deleteMany({ where: { id: projectId, ownerId: user.id } });
  if (count === 0) throw new Error("Project not found");
  revalidatePath("/projects");
}
