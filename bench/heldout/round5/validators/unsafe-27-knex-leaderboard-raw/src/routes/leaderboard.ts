import { Router } from "express";
import { getLeaderboard } from "../services/leaderboard";

const router = Router();

router.get("/", async (req, res, next) => {
  try {
    const rows = await getLeaderboard({
      season: req.query.season as string | undefined,
      sortBy: req.query.sortBy as string | undefined,
      order: req.query.order as string | undefined,
      limit: Math.min(Number(req.query.limit) || 50, 100),
    });
    res.json(rows);
  } catch (e) {
    next(e);
  }
});

export default router;
