import { json } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";
import { sql } from "$lib/server/db";

const SORTABLE = { title: "title", prep: "prep_minutes", newest: "created_at" } as const;

export const GET: RequestHandler = async ({ url }) => {
  const q = url.searchParams.get("q")?.trim() ?? "";
  const cuisine = url.searchParams.get("cuisine");
  const sortKey = (url.searchParams.get("sort") ?? "title") as keyof typeof SORTABLE;
  const column = SORTABLE[sortKey] ?? "title";

  const recipes = await sql`
    select id, title, cuisine, prep_minutes
    from recipes
    where title ilike ${"%" + q + "%"}
    ${cuisine ? sql`and cuisine = ${cuisine}` : sql``}
    order by ${sql(column)}
    limit 50
  `;

  return json(recipes);
};
