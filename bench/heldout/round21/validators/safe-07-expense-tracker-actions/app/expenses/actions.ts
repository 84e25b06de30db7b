"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/safe-action";

export const addExpense = authActionClient
  .schema(z.object({ amountCents: z.number().int().positive(), label: z.string().min(1).max(80) }))
  .action(async ({ parsedInput, ctx }) => {
    await ctx.supabase
      .from("expenses")
      .insert({ amount_cents: parsedInput.amountCents, label: parsedInput.label, user_id: ctx.userId });
    revalidatePath("/expenses");
  });
