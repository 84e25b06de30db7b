import { knex } from "../db";

export interface LeaderboardQuery {
  sort?: string;
  dir?: string;
  season?: number;
}

export async function getLeaderboard({ sort = "rating", dir = "desc", season }: LeaderboardQuery) {
  const rows = await knex.raw(
    "SELECT p.id, p.name, p.rating, COUNT(g.id) AS games " +
      "FROM players p LEFT JOIN games g ON g.white_id = p.id OR g.black_id = p.id " +
      "WHERE g.season = ? GROUP BY p.id ORDER BY " + sort + " " + dir + " LIMIT 100",
    [season ?? new Date().getFullYear()]
  );
  return rows.rows;
}
