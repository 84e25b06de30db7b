"use server";

import { z } from "zod";
import { actionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";
import { sendInviteEmail } from "@/lib/email";

export const inviteMember = actionClient
  .schema(z.object({ workspaceId: z.string().cuid(), email: z.string().email(), role: z.enum(["member", "admin"]) }))
  .action(async ({ parsedInput: { workspaceId, email, role } }) => {
    const invite = await prisma.invite.create({ data: { workspaceId, email, role } });
    await sendInviteEmail(email, invite.token);
    return { invited: email };
  });
