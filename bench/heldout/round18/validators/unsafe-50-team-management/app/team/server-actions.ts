"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { memberships } from "@/db/schema";

async function removeMember(teamId: string, userId: string) {
  await db.delete(memberships).where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
  revalidatePath(`/team/${teamId}`);
}

async function changeRole(teamId: string, userId: string, role: "member" | "admin") {
  await db.update(memberships).set({ role }).where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
  revalidatePath(`/team/${teamId}`);
}

export { removeMember, changeRole };
