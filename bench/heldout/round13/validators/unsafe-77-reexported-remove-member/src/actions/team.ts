"use server";

import { prisma } from "@/lib/prisma";
import { revalidateTag } from "next/cache";

export async function removeMember(teamId: string, memberId: string) {
  await prisma.teamMember.delete({ where: { teamId_userId: { teamId, userId: memberId } } });
  revalidateTag(`team:${teamId}`);
}

export async function inviteMember(teamId: string, email: string) {
  const invite = await prisma.invite.create({ data: { teamId, email, role: "member" } });
  revalidateTag(`team:${teamId}`);
  return invite.id;
}
