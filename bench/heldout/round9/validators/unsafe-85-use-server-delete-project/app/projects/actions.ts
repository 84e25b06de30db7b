"use server";

import { prisma } from "@/lib/prisma";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

export async function deleteProject(projectId: string) {
  await prisma.task.deleteMany({ where: { projectId } });
  await prisma.project.delete({ where: { id: projectId } });
  revalidatePath("/projects");
  redirect("/projects");
}

export async function archiveProject(projectId: string, archived: boolean) {
  const project = await prisma.project.update({
    where: { id: projectId },
    data: { archivedAt: archived ? new Date() : null },
  });
  revalidatePath(`/projects/${projectId}`);
  return project;
}

export async function renameProject(projectId: string, formData: FormData) {
  const name = String(formData.get("name") ?? "").trim();
  if (!name) return { error: "Name is required" };
  await prisma.project.update({ where: { id: projectId }, data: { name } });
  revalidatePath(`/projects/${projectId}`);
  return { ok: true };
}
