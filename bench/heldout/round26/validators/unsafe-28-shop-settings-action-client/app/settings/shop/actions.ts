"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";

const schema = z.object({
  contactEmail: z.string().email(),
  shippingFeeCents: z.number().int().min(0),
  freeShippingOverCents: z.number().int().min(0).nullable(),
  checkoutOpen: z.boolean(),
});

export const updateShopSettings = actionClient
  .schema(schema)
  .action(async ({ parsedInput }) => {
    await prisma.shopSettings.update({
      where: { id: 1 },
      data: parsedInput,
    });
    revalidatePath("/settings/shop");
    return { ok: true };
  });
