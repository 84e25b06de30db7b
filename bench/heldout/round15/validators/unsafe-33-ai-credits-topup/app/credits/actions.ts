"use server";

import { createClient } from "@supabase/supabase-js";

const supabaseAdmin = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.SUPABASE_SERVICE_ROLE_KEY!
);

export async function addCredits(userId: string, amount: number) {
  const { data: current } = await supabaseAdmin
    .from("credit_balances")
    .select("credits")
    .eq("user_id", userId)
    .single();

  const next = (current?.credits ?? 0) + amount;
  const { error } = await supabaseAdmin
    .from("credit_balances")
    .upsert({ user_id: userId, credits: next });

  if (error) throw new Error(error.message);
  return { credits: next };
}
