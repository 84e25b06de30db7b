import { useEffect, useState } from "react";
import { supabase } from "@/integrations/supabase/client";

export default function Decks() {
  const [decks, setDecks] = useState<{ id: string; title: string }[]>([]);

  useEffect(() => {
    supabase.from("decks").select("id, title").then(({ data }) => setDecks(data ?? []));
  }, []);

  return (
    <ul className="grid gap-2">
      {decks.map((d) => (
        <li key={d.id} className="rounded border p-3">{d.title}</li>
      ))}
    </ul>
  );
}
