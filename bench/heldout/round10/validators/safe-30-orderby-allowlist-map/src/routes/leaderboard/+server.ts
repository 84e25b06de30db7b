import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { sql } from 'drizzle-orm';
import { db } from '$lib/server/db';

const SORTS = {
  rating: sql.raw('p.rating'),
  wins: sql.raw('wins'),
  name: sql.raw('p.name'),
} as const;

type SortKey = keyof typeof SORTS;

export const GET: RequestHandler = async ({ url }) => {
  const key = (url.searchParams.get('sort') ?? 'rating') as string;
  const orderBy = Object.prototype.hasOwnProperty.call(SORTS, key) ? SORTS[key as SortKey] : SORTS.rating;
  const dir = url.searchParams.get('dir') === 'asc' ? sql.raw('asc') : sql.raw('desc');
  const season = Number(url.searchParams.get('season')) || 1;

  const rows = await db.execute(sql`
    select p.id, p.name, p.rating, count(g.id) filter (where g.winner_id = p.id) as wins
      from players p
      left join games g on (g.white_id = p.id or g.black_id = p.id) and g.season = ${season}
     group by p.id
     order by ${orderBy} ${dir}
     limit 50`);

  return json(rows);
};
