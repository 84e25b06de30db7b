const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.get("/", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, name, price_cents, stock FROM products ORDER BY created_at DESC"
  );
  res.json(rows);
});

router.get("/:id", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, name, description, price_cents, stock FROM products WHERE id = $1",
    [req.params.id]
  );
  if (!rows.length) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
});

router.post("/", async (req, res) => {
  const { name, description, priceCents, stock } = req.body;
  if (!name || typeof priceCents !== "number") {
    return res.status(400).json({ error: "name and priceCents are required" });
  }
  const { rows } = await pool.query(
    "INSERT INTO products (name, description, price_cents, stock) VALUES ($1, $2, $3, $4) RETURNING *",
    [name, description ?? "", priceCents, stock ?? 0]
  );
  res.status(201).json(rows[0]);
});

router.patch("/:id/price", async (req, res) => {
  const { priceCents } = req.body;
  const { rows } = await pool.query(
    "UPDATE products SET price_cents = $1, updated_at = now() WHERE id = $2 RETURNING *",
    [priceCents, req.params.id]
  );
  res.json(rows[0]);
});

module.exports = router;
