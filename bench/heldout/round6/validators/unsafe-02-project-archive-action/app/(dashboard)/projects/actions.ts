"use server";

import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { projects, tasks } from "@/db/schema";

export async function archiveProject(projectId: string) {
  await db
    .update(projects)
    .set({ archivedAt: new Date() })
    .where(eq(projects.id, projectId));
  revalidatePath("/projects");
}

export async function deleteProject(formData: FormData) {
  const projectId = String(formData.get("projectId"));
  await db.delete(tasks).where(eq(tasks.projectId, projectId));
  await db.delete(projects).where(eq(projects.id, projectId));
  revalidatePath("/projects");
}
