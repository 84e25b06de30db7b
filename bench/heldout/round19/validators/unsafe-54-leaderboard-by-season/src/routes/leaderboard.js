const express = require("express");
const db = require("../knexfile-db");

const router = express.Router();

router.get("/leaderboard", async (req, res) => {
  const season = req.query.season || "2025";
  const limit = parseInt(req.query.limit, 10) || 20;
  const result = await db.raw(
    `select p.name, sum(m.points) as points
       from matches m join players p on p.id = m.player_id
      where m.season = '${season}'
      group by p.name
      order by points desc
      limit ${limit}`
  );
  res.json(result.rows);
});

module.exports = router;
