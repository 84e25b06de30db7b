"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase/client";

type Entry = { id: number; name: string; message: string };

export function Guestbook() {
  const [entries, setEntries] = useState<Entry[]>([]);

  useEffect(() => {
    createClient()
      .from("guestbook")
      .select("id, name, message")
      .order("id", { ascending: false })
      .then(({ data }) => setEntries(data ?? []));
  }, []);

  return (
    <ul>
      {entries.map((e) => (
        <li key={e.id} className="border-b py-2">
          <strong>{e.name}</strong>
          <p className="whitespace-pre-wrap">{e.message}</p>
        </li>
      ))}
    </ul>
  );
}
