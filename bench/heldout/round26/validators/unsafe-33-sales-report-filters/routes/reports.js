const express = require("express");
const { requireAuth } = require("../middleware/auth");
const { loadSales } = require("../services/sales");

const router = express.Router();

router.get("/sales", requireAuth, async (req, res) => {
  const rows = await loadSales(req.user.orgId, req.query.from, req.query.to);

  let filtered = rows;
  if (req.query.filter) {
    const predicate = new Function("row", `return ${req.query.filter};`);
    filtered = rows.filter((row) => predicate(row));
  }

  const total = filtered.reduce((sum, r) => sum + r.amount, 0);
  res.json({ count: filtered.length, total, rows: filtered.slice(0, 500) });
});

module.exports = router;
