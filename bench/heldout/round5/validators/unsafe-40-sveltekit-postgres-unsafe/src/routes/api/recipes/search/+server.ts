import { json } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";
import { sql } from "$lib/server/db";

export const GET: RequestHandler = async ({ url }) => {
  const q = url.searchParams.get("q")?.trim() ?? "";
  const cuisine = url.searchParams.get("cuisine");

  let where = `where title ilike '%${q}%'`;
  if (cuisine) where += ` and cuisine = '${cuisine}'`;

  const recipes = await sql.unsafe(
    `select id, title, cuisine, prep_minutes from recipes ${where} order by title limit 50`
  );

  return json(recipes);
};
