import { json } from "@sveltejs/kit";
import { sql } from "$lib/server/sql";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ url }) => {
  const q = url.searchParams.get("q") ?? "";
  const pattern = `%${q}%`;
  const plants = await sql`
    select id, common_name, latin_name, light, water_every_days
    from plants
    where common_name ilike ${pattern} or latin_name ilike ${pattern}
    order by common_name
    limit 25`;
  return json(plants);
};
