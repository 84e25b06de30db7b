const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.get("/", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, title, body, created_at FROM announcements ORDER BY created_at DESC LIMIT 50"
  );
  res.json(rows);
});

router.get("/:id", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, title, body, created_at FROM announcements WHERE id = $1",
    [req.params.id]
  );
  if (!rows[0]) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
});

router.post("/", async (req, res) => {
  const { title, body } = req.body;
  if (!title || !body) {
    return res.status(400).json({ error: "Title and body are required" });
  }
  const { rows } = await pool.query(
    "INSERT INTO announcements (title, body) VALUES ($1, $2) RETURNING *",
    [title, body]
  );
  res.status(201).json(rows[0]);
});

router.delete("/:id", async (req, res) => {
  await pool.query("DELETE FROM announcements WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

module.exports = router;
