"use server";

import { z } from "zod";
import { randomUUID } from "node:crypto";
import { action } from "@/lib/safe-action";
import { db } from "@/lib/db";

const schema = z.object({ teamId: z.string().uuid(), email: z.string().email(), role: z.enum(["member", "admin"]) });

export const createInvite = action.schema(schema).action(async ({ parsedInput }) => {
  const token = randomUUID();
  await db.invite.create({ data: { ...parsedInput, token, expiresAt: new Date(Date.now() + 7 * 864e5) } });
  return { link: `/join/${token}` };
});
