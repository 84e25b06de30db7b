import { supabase } from "@/integrations/supabase/client";

export async function fetchOrders(userId: string) {
  const { data, error } = await supabase.rpc("get_user_orders", { p_user_id: userId });
  if (error) throw error;
  return data;
}
