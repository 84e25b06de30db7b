"use server";

import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import { invitations } from "@/server/db/schema";
import { sendInviteEmail } from "@/server/mail";

export const inviteStaff = async (formData: FormData) => {
  const email = String(formData.get("email") ?? "").toLowerCase();
  const role = (formData.get("role") as "doctor" | "nurse" | "admin") ?? "nurse";
  const clinicId = String(formData.get("clinicId"));
  const token = randomBytes(24).toString("hex");

  await db.insert(invitations).values({ email, role, clinicId, token, expiresAt: new Date(Date.now() + 7 * 864e5) });
  await sendInviteEmail(email, `${process.env.APP_URL}/join?token=${token}`);

  return { ok: true };
};
