"use server";

import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { revalidatePath } from "next/cache";

export const updateMemberRole = async (memberId: string, role: "member" | "admin" | "owner") => {
  const session = await auth();

  await prisma.membership.update({
    where: { id: memberId },
    data: { role },
  });

  revalidatePath("/team");
  return { ok: true };
};
