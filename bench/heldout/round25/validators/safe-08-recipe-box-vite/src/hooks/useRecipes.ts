import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabase";

export function useRecipes() {
  const [recipes, setRecipes] = useState<{ id: string; title: string }[]>([]);
  useEffect(() => {
    supabase
      .from("recipes")
      .select("id, title")
      .eq("is_public", true)
      .then(({ data }) => setRecipes(data ?? []));
  }, []);
  return recipes;
}
