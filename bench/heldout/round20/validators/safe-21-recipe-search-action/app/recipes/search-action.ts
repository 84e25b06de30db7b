"use server";
import { z } from "zod";
import { sql } from "@/lib/db";

const Query = z.string().trim().max(80);

export async function searchRecipes(raw: string) {
  const q = Query.parse(raw);
  if (!q) return [];
  return sql`
    select id, title, summary
    from recipes
    where published = true and title ilike ${"%" + q + "%"}
    order by title
    limit 20`;
}
