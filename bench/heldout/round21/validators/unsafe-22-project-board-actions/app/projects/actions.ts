"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function renameProject(id: string, name: string) {
  await prisma.project.update({ where: { id }, data: { name } });
  revalidatePath("/projects");
}

export async function deleteProject(formData: FormData) {
  const id = formData.get("id") as string;
  await prisma.project.delete({ where: { id } });
  revalidatePath("/projects");
}
