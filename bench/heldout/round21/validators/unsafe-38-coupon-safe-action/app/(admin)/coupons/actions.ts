"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/safe-action";
import { db } from "@/db";

export const createCoupon = actionClient
  .schema(z.object({ code: z.string().min(3).max(20), percentOff: z.number().int().min(1).max(100) }))
  .action(async ({ parsedInput }) => {
    await db.insertInto("coupons").values({ code: parsedInput.code.toUpperCase(), percent_off: parsedInput.percentOff }).execute();
    revalidatePath("/coupons");
    return { ok: true };
  });

export const deleteCoupon = actionClient
  .schema(z.object({ id: z.number().int() }))
  .action(async ({ parsedInput }) => {
    await db.deleteFrom("coupons").where("id", "=", parsedInput.id).execute();
    revalidatePath("/coupons");
  });
