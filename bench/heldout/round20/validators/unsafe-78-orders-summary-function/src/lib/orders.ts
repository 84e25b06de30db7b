import { supabase } from "./supabase";

export async function lookupOrders(email: string) {
  const { data } = await supabase.rpc("order_summary", { p_email: email });
  return data ?? [];
}
