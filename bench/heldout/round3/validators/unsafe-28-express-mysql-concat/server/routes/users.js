const express = require("express");
const pool = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.get("/users/:username", requireAuth, async (req, res) => {
  const sql =
    "SELECT id, username, avatar_url, bio FROM users WHERE username = '" +
    req.params.username +
    "'";
  const [rows] = await pool.query(sql);
  if (!rows.length) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
});

router.get("/users", requireAuth, async (req, res) => {
  const role = req.query.role || "member";
  const [rows] = await pool.query("SELECT id, username FROM users WHERE role = '" + role + "' LIMIT 100");
  res.json(rows);
});

module.exports = router;
