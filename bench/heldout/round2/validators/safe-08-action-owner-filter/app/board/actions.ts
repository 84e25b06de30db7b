"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/session";

const MoveCard = z.object({
  cardId: z.string().uuid(),
  column: z.enum(["todo", "doing", "done"]),
  position: z.number().int().min(0),
});

export async function moveCard(input: unknown) {
  const { user, supabase } = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");

  const { cardId, column, position } = MoveCard.parse(input);

  const { error } = await supabase
    .from("cards")
    .update({ column_key: column, position })
    .eq("id", cardId)
    .eq("owner_id", user.id);

  if (error) throw new Error("Could not move card");
  revalidatePath("/board");
}

export async function deleteCard(cardId: string) {
  const { user, supabase } = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");

  await supabase.from("cards").delete().eq("id", cardId).eq("owner_id", user.id);
  revalidatePath("/board");
}
