"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

export async function moveCard(cardId: string, columnId: string, position: number) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    throw new Error("Unauthorized");
  }

  const { error } = await supabase
    .from("cards")
    .update({ column_id: columnId, position })
    .eq("id", cardId)
    .eq("owner_id", user.id);
  if (error) throw new Error("Move failed");

  revalidatePath("/kanban");
}
