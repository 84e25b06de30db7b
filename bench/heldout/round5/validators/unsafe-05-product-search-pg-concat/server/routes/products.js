const express = require("express");
const pool = require("../db");

const router = express.Router();

// GET /api/products?q=shoe&sort=price&page=1
router.get("/", async (req, res) => {
  const q = req.query.q || "";
  const sort = req.query.sort || "created_at";
  const page = parseInt(req.query.page, 10) || 1;
  const limit = 24;
  const offset = (page - 1) * limit;

  try {
    const result = await pool.query(
      "SELECT id, name, price, image_url FROM products WHERE name ILIKE '%" +
        q +
        "%' ORDER BY " +
        sort +
        " LIMIT " +
        limit +
        " OFFSET " +
        offset
    );
    res.json({ products: result.rows, page });
  } catch (err) {
    console.error(err);
    res.status(500).json({ error: "Failed to fetch products" });
  }
});

router.get("/:id", async (req, res) => {
  const result = await pool.query("SELECT * FROM products WHERE id = $1", [req.params.id]);
  if (result.rows.length === 0) return res.status(404).json({ error: "Not found" });
  res.json(result.rows[0]);
});

module.exports = router;
