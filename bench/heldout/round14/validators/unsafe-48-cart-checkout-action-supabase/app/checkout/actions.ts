"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/utils/supabase/server";

type CartLine = { productId: number; quantity: number; price: number };

export async function placeOrder(lines: CartLine[], customerId: string) {
  const supabase = createClient();
  const total = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);

  const { data: order } = await supabase
    .from("orders")
    .insert({ customer_id: customerId, total, status: "pending" })
    .select("id")
    .single();

  await supabase.from("order_lines").insert(
    lines.map((l) => ({ order_id: order!.id, product_id: l.productId, quantity: l.quantity, unit_price: l.price }))
  );

  redirect(`/orders/${order!.id}`);
}
