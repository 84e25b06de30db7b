"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { z } from "zod";

const projectSchema = z.object({
  name: z.string().min(1).max(80),
  description: z.string().max(500).optional(),
});

export async function renameProject(projectId: string, formData: FormData) {
  const parsed = projectSchema.safeParse({
    name: formData.get("name"),
    description: formData.get("description") ?? undefined,
  });
  if (!parsed.success) {
    return { error: "Please enter a valid project name" };
  }

  await prisma.project.update({
    where: { id: projectId },
    data: parsed.data,
  });

  revalidatePath(`/projects/${projectId}`);
  return { success: true };
}

export async function deleteProject(formData: FormData) {
  const id = formData.get("projectId") as string;

  // Remove tasks first because of the FK constraint
  await prisma.task.deleteMany({ where: { projectId: id } });
  await prisma.project.delete({ where: { id } });

  revalidatePath("/projects");
  redirect("/projects");
}
