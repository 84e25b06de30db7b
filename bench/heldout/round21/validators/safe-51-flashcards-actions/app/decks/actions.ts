"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

async function requireUser() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Not signed in");
  return { supabase, user };
}

export async function addCard(deckId: string, front: string, back: string) {
  const { supabase, user } = await requireUser();
  const { error } = await supabase.from("cards").insert({ deck_id: deckId, front, back, owner_id: user.id });
  if (error) throw new Error("Could not add card");
  revalidatePath(`/decks/${deckId}`);
}

export async function deleteCard(cardId: string) {
  const { supabase, user } = await requireUser();
  await supabase.from("cards").delete().eq("id", cardId).eq("owner_id", user.id);
  revalidatePath("/decks");
}
