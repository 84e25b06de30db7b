"use server";

import { sql } from "@/lib/db";

export type City = { id: number; name: string; country: string };

export async function searchCities(term: string): Promise<City[]> {
  const q = term.trim();
  if (q.length < 2) return [];
  const rows: City[] = await sql`
    select id, name, country
      from cities
     where name ilike ${q + "%"}
     order by population desc
     limit 8`;
  return rows;
}
