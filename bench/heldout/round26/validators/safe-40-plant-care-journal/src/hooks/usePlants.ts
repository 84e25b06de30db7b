import { useQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { supabase } from "@/integrations/supabase/client";

export function usePlants() {
  return useQuery({
    queryKey: ["plants"],
    queryFn: async () => {
      const { data, error } = await supabase
        .from("plants")
        .select("*")
        .order("next_watering", { ascending: true });
      if (error) throw error;
      return data;
    },
  });
}

export function useAddPlant() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (plant: { name: string; species?: string; water_every_days: number }) => {
      const {
        data: { user },
      } = await supabase.auth.getUser();
      if (!user) throw new Error("Please sign in");
      const { error } = await supabase.from("plants").insert({ ...plant, user_id: user.id });
      if (error) throw error;
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ["plants"] }),
  });
}
