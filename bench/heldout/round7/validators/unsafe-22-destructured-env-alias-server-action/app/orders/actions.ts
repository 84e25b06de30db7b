"use server";

import { createClient } from "@supabase/supabase-js";
import { revalidatePath } from "next/cache";
import { env } from "@/lib/env";

const db = createClient(env.supabaseUrl, env.adminKey);

export async function requestRefund(orderId: string, reason: string) {
  const { error } = await db
    .from("orders")
    .update({ status: "refunded", refund_reason: reason })
    .eq("id", orderId);
  if (error) return { error: error.message };
  revalidatePath("/orders");
  return { ok: true };
}
