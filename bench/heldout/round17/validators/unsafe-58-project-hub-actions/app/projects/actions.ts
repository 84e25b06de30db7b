"use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function createProject(name: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  return prisma.project.create({ data: { name, ownerId: session.user.id } });
}

export const archiveProject = async (projectId: string) => {
  await prisma.project.update({ where: { id: projectId }, data: { archivedAt: new Date() } });
  revalidatePath("/projects");
};
