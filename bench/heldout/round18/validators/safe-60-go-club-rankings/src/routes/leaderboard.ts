import { Router } from "express";
import { knex } from "../db";

const SORTS = { rating: "p.rating", games: "games", name: "p.name" } as const;

export const leaderboard = Router();

leaderboard.get("/", async (req, res) => {
  const key = String(req.query.sort ?? "rating") as keyof typeof SORTS;
  const column = Object.hasOwn(SORTS, key) ? SORTS[key] : SORTS.rating;
  const dir = req.query.dir === "asc" ? "asc" : "desc";
  const rows = await knex
    .select("p.id", "p.name", "p.rating")
    .count({ games: "g.id" })
    .from({ p: "players" })
    .leftJoin({ g: "games" }, function () {
      this.on("g.white_id", "p.id").orOn("g.black_id", "p.id");
    })
    .groupBy("p.id")
    .orderBy(column, dir)
    .limit(100);
  res.json(rows);
});
