"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/auth/require-user";

export async function deleteProject(formData: FormData) {
  const user = await requireUser();
  const id = String(formData.get("projectId") ?? "");

  const { count } = await prisma.project.deleteMany({
    where: { id, ownerId: user.id },
  });
  if (count === 0) {
    return { error: "Project not found" };
  }

  revalidatePath("/projects");
  redirect("/projects");
}
