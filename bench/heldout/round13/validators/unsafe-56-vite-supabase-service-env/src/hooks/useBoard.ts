import { useQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { supabase } from "@/integrations/supabase/client";

export function useBoard(boardId: string) {
  const qc = useQueryClient();
  const cards = useQuery({
    queryKey: ["cards", boardId],
    queryFn: async () => {
      const { data, error } = await supabase.from("cards").select("*").eq("board_id", boardId);
      if (error) throw error;
      return data;
    },
  });
  const move = useMutation({
    mutationFn: async ({ id, column }: { id: string; column: string }) => {
      const { error } = await supabase.from("cards").update({ column_key: column }).eq("id", id);
      if (error) throw error;
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ["cards", boardId] }),
  });
  return { cards, move };
}
