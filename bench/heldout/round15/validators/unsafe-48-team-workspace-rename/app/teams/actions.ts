"use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function renameTeam(teamId: string, name: string) {
  const session = await auth();
  const trimmed = name.trim().slice(0, 64);

  await prisma.team.update({
    where: { id: teamId },
    data: { name: trimmed, updatedBy: session?.user?.email ?? "system" },
  });

  revalidatePath(`/teams/${teamId}`);
}
