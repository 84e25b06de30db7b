import { supabase } from "./supabase";

export type Todo = {
  id: string;
  title: string;
  notes: string | null;
  is_complete: boolean;
  due_on: string | null;
};

export async function listTodos(): Promise<Todo[]> {
  const { data, error } = await supabase
    .from("todos")
    .select("id, title, notes, is_complete, due_on")
    .order("created_at", { ascending: false });
  if (error) throw error;
  return data ?? [];
}

export async function toggleTodo(id: string, done: boolean) {
  const { error } = await supabase.from("todos").update({ is_complete: done }).eq("id", id);
  if (error) throw error;
}
