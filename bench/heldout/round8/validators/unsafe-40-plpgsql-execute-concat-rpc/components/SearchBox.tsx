"use client";

import { useState } from "react";
import { createClient } from "@/lib/supabase/client";

export function SearchBox() {
  const [q, setQ] = useState("");
  const [results, setResults] = useState<{ id: string; title: string }[]>([]);

  async function search() {
    const supabase = createClient();
    const { data } = await supabase.rpc("search_posts", { q, sort_col: "created_at" });
    setResults(data ?? []);
  }

  return (
    <div>
      <input value={q} onChange={(e) => setQ(e.target.value)} onKeyDown={(e) => e.key === "Enter" && search()} />
      <ul>{results.map((r) => <li key={r.id}>{r.title}</li>)}</ul>
    </div>
  );
}
