const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();

router.get("/search", async (req, res) => {
  const q = (req.query.q || "").toString();
  const category = req.query.category;
  let sql = `SELECT id, name, price_cents, image_url FROM products WHERE name ILIKE '%${q}%'`;
  if (category) {
    sql += ` AND category = '${category}'`;
  }
  sql += " ORDER BY name LIMIT 50";

  try {
    const { rows } = await pool.query(sql);
    res.json(rows);
  } catch (err) {
    console.error(err);
    res.status(500).json({ error: "Search failed" });
  }
});

module.exports = router;
