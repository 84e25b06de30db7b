const express = require("express");
const { pool } = require("../db");

const router = express.Router();

router.get("/search", async (req, res) => {
  const q = req.query.q || "";
  const sort = req.query.sort || "title";
  const { rows } = await pool.query(
    `SELECT id, title, author, price_cents, condition
       FROM books
      WHERE in_stock = true AND (title ILIKE '%${q}%' OR author ILIKE '%${q}%')
      ORDER BY ${sort}
      LIMIT 50`,
  );
  res.json(rows);
});

module.exports = router;
