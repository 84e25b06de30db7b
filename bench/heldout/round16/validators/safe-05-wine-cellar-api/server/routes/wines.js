const { Router } = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = Router();

router.get("/", requireAuth, async (req, res) => {
  const q = String(req.query.q || "").slice(0, 100);
  const { rows } = await pool.query(
    "select id, name, vintage, region from wines where owner_id = $1 and (name ilike $2 or region ilike $2) order by vintage desc",
    [req.user.id, `%${q}%`]
  );
  res.json(rows);
});

module.exports = router;
