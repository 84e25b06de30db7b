const express = require("express");
const pool = require("../db");

const router = express.Router();

const SORTS = {
  name: "name",
  price: "price_cents",
  newest: "created_at",
};

router.get("/", async (req, res) => {
  const sortKey = String(req.query.sort ?? "name");
  const column = Object.hasOwn(SORTS, sortKey) ? SORTS[sortKey] : "name";
  const direction = req.query.dir === "desc" ? "desc" : "asc";
  const category = String(req.query.category ?? "");
  const { rows } = await pool.query(
    `select id, sku, name, price_cents from parts where category = $1 order by ${column} ${direction} limit 100`,
    [category]
  );
  res.json(rows);
});

module.exports = router;
