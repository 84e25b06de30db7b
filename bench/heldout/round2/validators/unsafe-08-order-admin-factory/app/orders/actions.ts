"use server";

import { createAdminClient } from "@/lib/supabase/admin";
import { createClient } from "@/lib/supabase/server";

export async function getOrderDetails(orderId: string) {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) {
    throw new Error("You must be signed in");
  }

  // use admin so we can join shipping + payment tables that have strict RLS
  const admin = createAdminClient();
  const { data, error } = await admin
    .from("orders")
    .select("*, order_items(*), shipping_addresses(*), payments(last4, brand)")
    .eq("id", orderId)
    .single();

  if (error) throw new Error(error.message);
  return data;
}

export async function cancelOrder(orderId: string) {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) throw new Error("You must be signed in");

  const admin = createAdminClient();
  const { error } = await admin
    .from("orders")
    .update({ status: "cancelled" })
    .eq("id", orderId)
    .in("status", ["pending", "paid"]);

  if (error) throw new Error(error.message);
  return { ok: true };
}
