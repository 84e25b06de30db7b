const express = require("express");
const { pool } = require("../db");

const router = express.Router();
const SORTS = { title: "title asc", author: "author asc", newest: "added_at desc" };

router.get("/search", async (req, res) => {
  const q = String(req.query.q || "").slice(0, 100);
  const order = SORTS[req.query.sort] || SORTS.title;
  const { rows } = await pool.query(
    "SELECT id, title, author FROM books WHERE title ILIKE '%' || $1 || '%' OR author ILIKE '%' || $1 || '%' ORDER BY " +
      order +
      " LIMIT 50",
    [q],
  );
  res.json(rows);
});

module.exports = router;
