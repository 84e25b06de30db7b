const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.patch("/:id", requireAuth, async (req, res) => {
  const { name, color } = req.body;
  const { rows } = await pool.query(
    `UPDATE habits SET name = COALESCE($1, name), color = COALESCE($2, color)
     WHERE id = $3 AND user_id = $4 RETURNING *`,
    [name ?? null, color ?? null, req.params.id, req.user.id]
  );
  if (!rows[0]) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
});

router.delete("/:id", requireAuth, async (req, res) => {
  const { rowCount } = await pool.query(
    "DELETE FROM habits WHERE id = $1 AND user_id = $2",
    [req.params.id, req.user.id]
  );
  if (!rowCount) return res.status(404).json({ error: "Not found" });
  res.status(204).end();
});

module.exports = router;
