const express = require("express");
const pool = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

const ORDER_COLUMNS = {
  date: "spent_on",
  amount: "amount_cents",
  category: "category",
};

router.get("/", requireAuth, async (req, res) => {
  const orderColumn = ORDER_COLUMNS[req.query.sort] || "spent_on";
  const direction = req.query.dir === "asc" ? "ASC" : "DESC";
  const search = req.query.q ? `%${req.query.q}%` : "%";

  const { rows } = await pool.query(
    `SELECT id, description, category, amount_cents, spent_on
       FROM expenses
      WHERE owner_id = $1 AND description ILIKE $2
      ORDER BY ${orderColumn} ${direction}
      LIMIT 200`,
    [req.user.id, search]
  );
  res.json(rows);
});

module.exports = router;
