"use server";

import { z } from "zod";
import { actionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";
import { sendInvite } from "@/lib/mail";

const schema = z.object({
  workspaceId: z.string().cuid(),
  email: z.string().email(),
  role: z.enum(["ADMIN", "MEMBER"]).default("MEMBER"),
});

export const inviteMember = actionClient.schema(schema).action(async ({ parsedInput }) => {
  const invite = await prisma.invite.create({
    data: {
      workspaceId: parsedInput.workspaceId,
      email: parsedInput.email,
      role: parsedInput.role,
    },
  });
  await sendInvite(parsedInput.email, invite.token);
  return { invited: parsedInput.email };
});
