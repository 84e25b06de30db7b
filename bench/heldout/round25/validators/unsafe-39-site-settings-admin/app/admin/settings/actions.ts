"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";

const schema = z.object({
  siteName: z.string().min(1).max(80),
  supportEmail: z.string().email(),
  maintenanceMode: z.boolean(),
});

export const updateSiteSettings = actionClient
  .schema(schema)
  .action(async ({ parsedInput }) => {
    await prisma.siteSettings.update({ where: { id: 1 }, data: parsedInput });
    revalidatePath("/", "layout");
    return { ok: true };
  });
