"use server";

import { prisma } from "@/server/db";
import type { Role } from "@prisma/client";

export const setMemberRole = async (userId: string, role: Role) => {
  return prisma.user.update({ where: { id: userId }, data: { role } });
};

export const removeMember = async (userId: string, teamId: string) => {
  await prisma.membership.delete({ where: { userId_teamId: { userId, teamId } } });
  return { ok: true };
};
