import { useEffect, useState } from "react";
import { supabase } from "@/integrations/supabase/client";

export default function MyRecipes() {
  const [recipes, setRecipes] = useState<{ id: string; title: string }[]>([]);

  useEffect(() => {
    supabase
      .from("recipes")
      .select("id, title")
      .order("created_at", { ascending: false })
      .then(({ data }) => setRecipes(data ?? []));
  }, []);

  return (
    <ul>
      {recipes.map((r) => (
        <li key={r.id}>{r.title}</li>
      ))}
    </ul>
  );
}
