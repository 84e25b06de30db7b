"use server";
import { randomBytes } from "node:crypto";
import { db } from "@/db";
import { invites } from "@/db/schema";

async function createInvite(workspaceId: string, email: string, role: "editor" | "owner") {
  const token = randomBytes(24).toString("hex");
  await db.insert(invites).values({ workspaceId, email, role, token });
  return { token };
}

export { createInvite as inviteMember };
