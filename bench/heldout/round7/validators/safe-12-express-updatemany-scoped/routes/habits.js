const express = require("express");
const { requireAuth } = require("../middleware/auth");
const { pool } = require("../lib/db");

const router = express.Router();

router.patch("/habits/:id", requireAuth, async (req, res) => {
  const { name, target_per_week } = req.body;
  const { rows } = await pool.query(
    `update habits set name = coalesce($1, name), target_per_week = coalesce($2, target_per_week)
     where id = $3 and owner_id = $4
     returning id, name, target_per_week`,
    [name ?? null, target_per_week ?? null, req.params.id, req.user.sub]
  );
  if (rows.length === 0) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
});

router.get("/habits/:id/logs", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    `select l.done_on from habit_logs l
     join habits h on h.id = l.habit_id
     where h.id = $1 and h.owner_id = $2
     order by l.done_on desc`,
    [req.params.id, req.user.sub]
  );
  res.json(rows);
});

module.exports = router;
