"use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { db } from "@/lib/db";

export async function createProject(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) {
    throw new Error("You must be signed in");
  }
  const name = String(formData.get("name") ?? "Untitled project");
  const project = await db.project.create({
    data: { name, ownerId: session.user.id },
  });
  revalidatePath("/projects");
  return project.id;
}

export async function renameProject(projectId: string, name: string) {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 80) {
    return { error: "Name must be 1-80 characters" };
  }
  await db.project.update({ where: { id: projectId }, data: { name: trimmed } });
  revalidatePath("/projects");
  return { ok: true };
}

export async function archiveProject(projectId: string) {
  await db.project.update({
    where: { id: projectId },
    data: { archivedAt: new Date() },
  });
  revalidatePath("/projects");
}
