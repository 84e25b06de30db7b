const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.get("/", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, total_cents, status, created_at FROM orders WHERE user_id = $1 ORDER BY created_at DESC",
    [req.user.id]
  );
  res.json(rows);
});

router.get("/:orderId", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    `SELECT o.*, json_agg(i.*) AS items, a.line1, a.city, a.postal_code
     FROM orders o
     JOIN order_items i ON i.order_id = o.id
     JOIN addresses a ON a.id = o.shipping_address_id
     WHERE o.id = $1
     GROUP BY o.id, a.id`,
    [req.params.orderId]
  );
  if (!rows[0]) return res.status(404).json({ error: "Order not found" });
  res.json(rows[0]);
});

module.exports = router;
