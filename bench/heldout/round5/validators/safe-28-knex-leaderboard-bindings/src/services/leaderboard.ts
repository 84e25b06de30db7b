import { db } from "../db/knex";

const SORT_COLUMNS: Record<string, string> = {
  points: "stats.points",
  wins: "stats.wins",
  name: "players.display_name",
};

export async function getLeaderboard(season = "2024", sortBy = "points", order = "desc", limit = 50) {
  const column = SORT_COLUMNS[sortBy] ?? SORT_COLUMNS.points;
  const direction = order === "asc" ? "asc" : "desc";

  return db("players")
    .select("players.id", "players.display_name", "stats.points", "stats.wins", "stats.losses")
    .join("stats", "stats.player_id", "players.id")
    .whereRaw("stats.season = ?", [season])
    .orderBy(column, direction)
    .limit(Math.min(limit, 100));
}
