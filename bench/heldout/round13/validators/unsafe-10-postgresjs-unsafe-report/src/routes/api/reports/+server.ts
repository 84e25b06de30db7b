import { json } from "@sveltejs/kit";
import sql from "$lib/server/db";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ url, locals }) => {
  if (!locals.user) return json({ error: "unauthorized" }, { status: 401 });

  const from = url.searchParams.get("from") ?? "2026-01-01";
  const to = url.searchParams.get("to") ?? new Date().toISOString().slice(0, 10);
  const team = url.searchParams.get("team");

  const where = [`t.org_id = '${locals.user.orgId}'`, `e.day between '${from}' and '${to}'`];
  if (team) where.push(`t.name = '${team}'`);

  const rows = await sql.unsafe(`
    select t.name as team, sum(e.minutes) as minutes
    from time_entries e join teams t on t.id = e.team_id
    where ${where.join(" and ")}
    group by t.name
    order by minutes desc
  `);
  return json(rows);
};
