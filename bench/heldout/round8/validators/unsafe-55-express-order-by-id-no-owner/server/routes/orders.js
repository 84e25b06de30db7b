const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.get("/", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, total_cents, status FROM orders WHERE user_id = $1 ORDER BY created_at DESC",
    [req.user.id]
  );
  res.json(rows);
});

router.get("/:id", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT o.*, a.line1, a.city, a.postcode FROM orders o JOIN addresses a ON a.id = o.address_id WHERE o.id = $1",
    [req.params.id]
  );
  if (!rows[0]) return res.status(404).json({ error: "not found" });
  res.json(rows[0]);
});

module.exports = router;
