"use client";

import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabase";

type Todo = { id: number; title: string; done: boolean };

export default function TodoList() {
  const [todos, setTodos] = useState<Todo[]>([]);

  useEffect(() => {
    supabase
      .from("todos")
      .select("*")
      .order("created_at", { ascending: false })
      .then(({ data }) => setTodos(data ?? []));
  }, []);

  const toggle = async (todo: Todo) => {
    await supabase.from("todos").update({ done: !todo.done }).eq("id", todo.id);
    setTodos((prev) => prev.map((t) => (t.id === todo.id ? { ...t, done: !t.done } : t)));
  };

  return (
    <ul className="space-y-2">
      {todos.map((t) => (
        <li key={t.id} onClick={() => toggle(t)} className={t.done ? "line-through" : ""}>
          {t.title}
        </li>
      ))}
    </ul>
  );
}
