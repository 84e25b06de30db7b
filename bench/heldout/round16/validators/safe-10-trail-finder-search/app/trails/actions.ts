"use server";

import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const Query = z.object({ q: z.string().max(80), difficulty: z.enum(["easy", "moderate", "hard"]).optional() });

export async function searchTrails(input: { q: string; difficulty?: string }) {
  const { q, difficulty } = Query.parse(input);
  const supabase = await createClient();
  let query = supabase.from("trails").select("id, name, region, length_km, difficulty").ilike("name", `%${q}%`).limit(30);
  if (difficulty) query = query.eq("difficulty", difficulty);
  const { data } = await query;
  return data ?? [];
}
