import { Router } from "express";
import { db } from "../db";

const SORTABLE = {
  rating: "s.rating",
  wins: "s.wins",
  name: "p.display_name",
  joined: "p.created_at",
} as const;

type SortKey = keyof typeof SORTABLE;

export const leaderboard = Router();

leaderboard.get("/", async (req, res) => {
  const requested = String(req.query.sort ?? "");
  const key: SortKey = Object.hasOwn(SORTABLE, requested) ? (requested as SortKey) : "rating";
  const direction = req.query.dir === "asc" ? "ASC" : "DESC";
  const club = typeof req.query.club === "string" ? req.query.club : null;

  const { rows } = await db.query(
    `SELECT p.id, p.display_name, s.rating, s.wins, s.losses
       FROM players p
       JOIN player_stats s ON s.player_id = p.id
      WHERE ($1::text IS NULL OR p.club_slug = $1)
      ORDER BY ${SORTABLE[key]} ${direction}
      LIMIT 50`,
    [club]
  );

  res.json(rows.map((row, i) => ({ rank: i + 1, ...row })));
});
