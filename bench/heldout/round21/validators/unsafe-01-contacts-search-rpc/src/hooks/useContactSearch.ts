import { useQuery } from "@tanstack/react-query";
import { supabase } from "@/integrations/supabase/client";

export function useContactSearch(term: string) {
  return useQuery({
    queryKey: ["contacts", term],
    enabled: term.length > 1,
    queryFn: async () => {
      const { data, error } = await supabase.rpc("search_contacts", { term });
      if (error) throw error;
      return data;
    },
  });
}
