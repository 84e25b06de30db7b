"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase/client";

type Todo = { id: number; title: string; done: boolean };

export default function TodoList() {
  const supabase = createClient();
  const [todos, setTodos] = useState<Todo[]>([]);

  useEffect(() => {
    supabase.from("todos").select("id, title, done").order("id").then(({ data }) => setTodos(data ?? []));
  }, []);

  return (
    <ul>
      {todos.map((t) => (
        <li key={t.id} className={t.done ? "line-through" : ""}>{t.title}</li>
      ))}
    </ul>
  );
}
