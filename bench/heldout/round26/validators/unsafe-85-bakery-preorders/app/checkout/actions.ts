"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export async function placeOrder(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const { data: order, error } = await supabase
    .from("orders")
    .insert({
      customer_id: user.id,
      pickup_date: String(formData.get("pickup_date")),
      total_cents: Number(formData.get("total_cents")),
      notes: String(formData.get("notes") ?? ""),
    })
    .select("id")
    .single();

  if (error) throw error;
  redirect(`/orders/${order.id}`);
}
