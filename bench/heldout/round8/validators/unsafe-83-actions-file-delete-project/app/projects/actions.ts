"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function deleteProject(projectId: string) {
  await prisma.task.deleteMany({ where: { projectId } });
  await prisma.project.delete({ where: { id: projectId } });
  revalidatePath("/projects");
}

export async function renameProject(projectId: string, name: string) {
  await prisma.project.update({ where: { id: projectId }, data: { name: name.slice(0, 120) } });
  revalidatePath(`/projects/${projectId}`);
}
