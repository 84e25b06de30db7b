"use server";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { invites, memberships } from "@/db/schema";
import { authedAction } from "@/lib/safe-action";

export const inviteMember = authedAction
  .schema(z.object({ workspaceId: z.string().uuid(), email: z.string().email() }))
  .action(async ({ parsedInput: { workspaceId, email }, ctx: { userId } }) => {
    const [m] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId), eq(memberships.role, "owner")));
    if (!m) throw new Error("Forbidden");
    const token = randomBytes(24).toString("hex");
    await db.insert(invites).values({ workspaceId, email, role: "editor", token, invitedBy: userId });
    return { sent: true };
  });
