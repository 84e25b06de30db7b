import { Router } from "express";
import { getLeaderboard } from "../repositories/leaderboard";

export const leaderboardRouter = Router();

leaderboardRouter.get("/", async (req, res, next) => {
  try {
    const data = await getLeaderboard({
      sort: req.query.sort as string,
      dir: req.query.dir as string,
      season: req.query.season ? Number(req.query.season) : undefined,
    });
    res.json(data);
  } catch (e) {
    next(e);
  }
});
