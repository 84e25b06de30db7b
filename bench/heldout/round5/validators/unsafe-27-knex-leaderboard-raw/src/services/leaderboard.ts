import { db } from "../db/knex";

export interface LeaderboardQuery {
  season?: string;
  sortBy?: string;
  order?: string;
  limit?: number;
}

export async function getLeaderboard({ season = "2024", sortBy = "points", order = "desc", limit = 50 }: LeaderboardQuery) {
  return db("players")
    .select("players.id", "players.display_name", "stats.points", "stats.wins", "stats.losses")
    .join("stats", "stats.player_id", "players.id")
    .whereRaw(`stats.season = '${season}'`)
    .orderByRaw(`${sortBy} ${order}`)
    .limit(limit);
}
