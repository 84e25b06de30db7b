const express = require("express");
const db = require("../db");

const router = express.Router();

router.get("/leaderboard", async (req, res) => {
  const season = String(req.query.season || "2025");
  const limit = Math.min(parseInt(req.query.limit, 10) || 20, 100);
  const result = await db.raw(
    `select p.name, sum(m.points) as points
       from matches m join players p on p.id = m.player_id
      where m.season = ?
      group by p.name
      order by points desc
      limit ?`,
    [season, limit]
  );
  res.json(result.rows);
});

module.exports = router;
