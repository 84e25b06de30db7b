"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function deleteProject(projectId: string) {
  await prisma.task.deleteMany({ where: { projectId } });
  await prisma.project.delete({ where: { id: projectId } });
  revalidatePath("/projects");
}

export async function archiveProject(formData: FormData) {
  const id = String(formData.get("id"));
  await prisma.project.update({ where: { id }, data: { archived: true } });
  revalidatePath("/projects");
}
