"use server";

import { revalidatePath } from "next/cache";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/prisma";

export async function createInvite(formData: FormData) {
  const email = String(formData.get("email") ?? "").toLowerCase();
  const workspaceId = String(formData.get("workspaceId"));
  const role = formData.get("role") === "owner" ? "owner" : "member";

  await prisma.invite.create({
    data: {
      email,
      workspaceId,
      role,
      code: randomBytes(16).toString("hex"),
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    },
  });
  revalidatePath("/members");
}
