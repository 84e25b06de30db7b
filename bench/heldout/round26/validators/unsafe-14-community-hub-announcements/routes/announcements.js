const express = require("express");
const pool = require("../db");

const router = express.Router();

router.get("/", async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT id, title, body, pinned, created_at FROM announcements ORDER BY pinned DESC, created_at DESC LIMIT 20"
  );
  res.json(rows);
});

router.post("/", async (req, res) => {
  const { title, body, pinned } = req.body;
  if (!title || !body) {
    return res.status(400).json({ error: "title and body are required" });
  }
  const { rows } = await pool.query(
    "INSERT INTO announcements (title, body, pinned) VALUES ($1, $2, $3) RETURNING *",
    [title, body, Boolean(pinned)]
  );
  res.status(201).json(rows[0]);
});

module.exports = router;
