"use client";

import { useEffect, useState } from "react";
import { supabaseAdmin } from "@/lib/supabase/admin";

type Todo = { id: number; title: string; done: boolean };

export default function TodoList() {
  const [todos, setTodos] = useState<Todo[]>([]);

  useEffect(() => {
    supabaseAdmin
      .from("todos")
      .select("id, title, done")
      .order("id")
      .then(({ data }) => setTodos(data ?? []));
  }, []);

  async function toggle(t: Todo) {
    await supabaseAdmin.from("todos").update({ done: !t.done }).eq("id", t.id);
    setTodos((all) => all.map((x) => (x.id === t.id ? { ...x, done: !x.done } : x)));
  }

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
