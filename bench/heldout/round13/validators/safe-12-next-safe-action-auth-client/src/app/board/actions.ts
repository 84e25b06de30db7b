"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/safe-action";

export const moveCard = authActionClient
  .schema(z.object({ cardId: z.string().uuid(), column: z.enum(["backlog", "doing", "review", "done"]) }))
  .action(async ({ parsedInput: { cardId, column }, ctx: { user, supabase } }) => {
    const { error } = await supabase
      .from("cards")
      .update({ column_key: column, moved_by: user.id })
      .eq("id", cardId);
    if (error) throw new Error("Could not move card");
    revalidatePath("/board");
    return { ok: true };
  });
