import { supabase } from "@/integrations/supabase/client";

export async function submitOrder(order: {
  customer_name: string;
  customer_email: string;
  delivery_address: string;
  items: { sku: string; qty: number }[];
  total_cents: number;
}) {
  const { data, error } = await supabase.from("orders").insert(order).select("id").single();
  if (error) throw error;
  return data.id as string;
}
