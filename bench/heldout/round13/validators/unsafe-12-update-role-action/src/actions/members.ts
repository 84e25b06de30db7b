"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { memberships } from "@/db/schema";

const schema = z.object({
  orgId: z.string().uuid(),
  userId: z.string().uuid(),
  role: z.enum(["owner", "admin", "member", "viewer"]),
});

export async function updateMemberRole(input: z.infer<typeof schema>) {
  const { orgId, userId, role } = schema.parse(input);
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  revalidatePath(`/orgs/${orgId}/members`);
  return { success: true };
}
