"use server";

import { prisma } from "@/lib/prisma";
import { revalidatePath } from "next/cache";

async function updateRole(memberId: string, role: "OWNER" | "ADMIN" | "MEMBER") {
  const member = await prisma.membership.update({
    where: { id: memberId },
    data: { role },
    include: { user: { select: { email: true } } },
  });
  revalidatePath("/team/members");
  return { email: member.user.email, role: member.role };
}

export { updateRole as setRole };
