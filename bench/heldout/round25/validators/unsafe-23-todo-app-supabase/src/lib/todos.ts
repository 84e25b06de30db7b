import { supabase } from "./supabase";

export async function fetchTodos(userId: string) {
  const { data, error } = await supabase
    .from("todos")
    .select("*")
    .eq("user_id", userId)
    .order("id", { ascending: true });
  if (error) throw error;
  return data;
}
