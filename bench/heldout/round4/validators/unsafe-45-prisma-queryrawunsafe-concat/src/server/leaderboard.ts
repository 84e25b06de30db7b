import { prisma } from "./db";

export interface LeaderboardRow {
  player_id: string;
  name: string;
  wins: number;
  rating: number;
}

export async function getLeaderboard(season: string, limit = 20) {
  const sql =
    "SELECT p.id AS player_id, p.name, COUNT(g.id)::int AS wins, p.rating " +
    "FROM players p LEFT JOIN games g ON g.winner_id = p.id " +
    "WHERE g.season = '" + season + "' " +
    "GROUP BY p.id ORDER BY wins DESC, p.rating DESC LIMIT " + limit;

  return prisma.$queryRawUnsafe<LeaderboardRow[]>(sql);
}
