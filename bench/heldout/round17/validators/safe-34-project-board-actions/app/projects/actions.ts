"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function renameProject(projectId: string, name: string) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");

  const result = await prisma.project.updateMany({
    where: { id: projectId, ownerId: session.user.id },
    data: { name: name.slice(0, 80) },
  });
  if (result.count === 0) throw new Error("Not found");
  revalidatePath("/projects");
}
