import { useQuery } from "@tanstack/react-query";
import { supabase } from "@/integrations/supabase/client";

export function useOrders(status: string, sort: string) {
  return useQuery({
    queryKey: ["orders", status, sort],
    queryFn: async () => {
      const { data, error } = await supabase.rpc("search_orders", {
        p_status: status,
        p_sort: sort,
      });
      if (error) throw error;
      return data;
    },
  });
}

export function useOrderCount() {
  return useQuery({
    queryKey: ["orders", "count"],
    queryFn: async () => {
      const { count } = await supabase.from("orders").select("*", { count: "exact", head: true });
      return count ?? 0;
    },
  });
}
