const express = require("express");
const { pool } = require("../db");

const router = express.Router();

router.get("/", async (req, res, next) => {
  try {
    const q = String(req.query.q || "");
    const params = [`%${q}%`];
    let sql = "SELECT id, name, price_cents FROM products WHERE name ILIKE $1";
    if (req.query.category) {
      params.push(String(req.query.category));
      sql += ` AND category = $${params.length}`;
    }
    if (req.query.maxPrice) {
      params.push(Number(req.query.maxPrice));
      sql += ` AND price_cents <= $${params.length}`;
    }
    sql += " ORDER BY name LIMIT 50";
    const { rows } = await pool.query(sql, params);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
