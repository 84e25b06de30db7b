"use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/db";

export async function renameProject(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not authenticated");

  const projectId = formData.get("projectId") as string;
  const name = (formData.get("name") as string).trim();

  await prisma.project.update({
    where: { id: projectId },
    data: { name },
  });

  revalidatePath("/projects");
}
