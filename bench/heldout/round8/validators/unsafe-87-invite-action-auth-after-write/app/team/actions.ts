"use server";

import { randomBytes } from "node:crypto";
import { db } from "@/db";
import { invites } from "@/db/schema";
import { auth } from "@/auth";
import { sendInviteEmail } from "@/lib/mail";

export async function createInvite(formData: FormData) {
  const email = String(formData.get("email"));
  const teamId = String(formData.get("teamId"));
  const token = randomBytes(24).toString("hex");

  const [invite] = await db.insert(invites).values({ email, teamId, token, role: "member" }).returning();

  const session = await auth();
  if (!session?.user) {
    throw new Error("You must be signed in to invite people");
  }

  await sendInviteEmail(email, token);
  return { id: invite.id };
}
