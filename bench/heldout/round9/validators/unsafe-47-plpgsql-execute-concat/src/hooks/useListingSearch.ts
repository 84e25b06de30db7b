import { useQuery } from "@tanstack/react-query";
import { supabase } from "@/integrations/supabase/client";

export function useListingSearch(term: string, sortBy = "created_at") {
  return useQuery({
    queryKey: ["listings", term, sortBy],
    queryFn: async () => {
      const { data, error } = await supabase.rpc("search_listings", {
        search_term: term,
        sort_by: sortBy,
      });
      if (error) throw error;
      return data;
    },
    enabled: term.length > 1,
  });
}
