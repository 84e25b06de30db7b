import type { Pool } from "pg";

const SORTABLE = {
  rating: "p.rating",
  name: "p.display_name",
  games: "p.games_played",
} as const;

type SortKey = keyof typeof SORTABLE;

export async function leaderboard(pool: Pool, clubId: string, sort: string, desc: boolean) {
  const column = SORTABLE[(sort in SORTABLE ? sort : "rating") as SortKey];
  const direction = desc ? "DESC" : "ASC";
  const { rows } = await pool.query(
    `SELECT p.id, p.display_name, p.rating, p.games_played
       FROM players p
      WHERE p.club_id = $1 AND p.active
      ORDER BY ${column} ${direction}
      LIMIT $2`,
    [clubId, 100],
  );
  return rows;
}
