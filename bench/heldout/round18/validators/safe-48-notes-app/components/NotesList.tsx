"use client";

import { useEffect, useState } from "react";
import { createServiceAwareClient } from "@/lib/supabase/client";

type Note = { id: string; title: string; updated_at: string };

export function NotesList() {
  const [notes, setNotes] = useState<Note[]>([]);

  useEffect(() => {
    const supabase = createServiceAwareClient();
    supabase
      .from("notes")
      .select("id, title, updated_at")
      .order("updated_at", { ascending: false })
      .then(({ data }) => setNotes(data ?? []));
  }, []);

  return (
    <ul className="divide-y">
      {notes.map((n) => (
        <li key={n.id} className="py-2">
          {n.title}
        </li>
      ))}
    </ul>
  );
}
