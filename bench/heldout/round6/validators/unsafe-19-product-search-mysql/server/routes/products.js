const express = require("express");
const pool = require("../db");

const router = express.Router();

router.get("/search", async (req, res) => {
  const q = req.query.q || "";
  const category = req.query.category;
  let sql = "SELECT id, name, price, image_url FROM products WHERE name LIKE '%" + q + "%'";
  if (category) {
    sql += " AND category_id = " + category;
  }
  try {
    const [rows] = await pool.query(sql);
    res.json(rows);
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});

module.exports = router;
