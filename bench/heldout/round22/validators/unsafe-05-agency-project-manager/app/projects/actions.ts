"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function renameProject(id: string, name: string) {
  await prisma.project.update({ where: { id }, data: { name: name.trim().slice(0, 100) } });
  revalidatePath(`/projects/${id}`);
}

export async function deleteProject(id: string) {
  await prisma.task.deleteMany({ where: { projectId: id } });
  await prisma.project.delete({ where: { id } });
  revalidatePath("/projects");
}
