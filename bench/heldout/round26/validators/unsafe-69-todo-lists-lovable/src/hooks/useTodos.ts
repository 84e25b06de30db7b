import { supabase } from "@/integrations/supabase/client";

export async function toggleTodo(id: string, isComplete: boolean) {
  const { error } = await supabase.from("todos").update({ is_complete: isComplete }).eq("id", id);
  if (error) throw error;
}

export async function deleteTodo(id: string) {
  const { error } = await supabase.from("todos").delete().eq("id", id);
  if (error) throw error;
}
