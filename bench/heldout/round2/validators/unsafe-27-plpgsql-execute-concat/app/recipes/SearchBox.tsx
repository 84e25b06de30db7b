"use client";

import { useState } from "react";
import { createClient } from "@/lib/supabase/client";

type Recipe = { id: string; title: string; minutes: number };

export default function SearchBox() {
  const supabase = createClient();
  const [term, setTerm] = useState("");
  const [sort, setSort] = useState("created_at");
  const [results, setResults] = useState<Recipe[]>([]);

  async function search() {
    const { data } = await supabase.rpc("search_recipes", { term, sort_col: sort });
    setResults((data as Recipe[]) ?? []);
  }

  return (
    <div>
      <input value={term} onChange={(e) => setTerm(e.target.value)} placeholder="Search recipes" />
      <select value={sort} onChange={(e) => setSort(e.target.value)}>
        <option value="created_at">Newest</option>
        <option value="minutes">Quickest</option>
      </select>
      <button onClick={search}>Search</button>
      <ul>
        {results.map((r) => (
          <li key={r.id}>
            {r.title} · {r.minutes} min
          </li>
        ))}
      </ul>
    </div>
  );
}
