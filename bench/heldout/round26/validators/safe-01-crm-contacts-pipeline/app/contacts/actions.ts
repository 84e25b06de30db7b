"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";

export const updateContact = authActionClient
  .schema(
    z.object({
      id: z.string().cuid(),
      name: z.string().min(1),
      email: z.string().email().optional(),
      stage: z.enum(["lead", "qualified", "customer"]),
    })
  )
  .action(async ({ parsedInput: { id, ...data }, ctx: { userId } }) => {
    const { count } = await prisma.contact.updateMany({ where: { id, ownerId: userId }, data });
    if (count === 0) throw new Error("Contact not found");
    revalidatePath("/contacts");
    return { ok: true };
  });
