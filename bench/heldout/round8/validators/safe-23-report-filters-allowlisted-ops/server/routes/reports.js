const express = require("express");
const { loadSales } = require("../data/sales");

const router = express.Router();

const FIELDS = new Set(["region", "amount", "product", "month"]);
const OPS = {
  eq: (a, b) => a === b,
  gt: (a, b) => Number(a) > Number(b),
  lt: (a, b) => Number(a) < Number(b),
  contains: (a, b) => String(a).toLowerCase().includes(String(b).toLowerCase()),
};

router.get("/sales", async (req, res) => {
  let filters = [];
  try {
    filters = JSON.parse(req.query.filters || "[]");
  } catch {
    return res.status(400).json({ error: "filters must be JSON" });
  }
  if (!Array.isArray(filters) || filters.some((f) => !FIELDS.has(f.field) || !(f.op in OPS))) {
    return res.status(400).json({ error: "unsupported filter" });
  }
  const rows = await loadSales(req.user.orgId);
  const result = rows.filter((row) => filters.every((f) => OPS[f.op](row[f.field], f.value)));
  res.json({ count: result.length, rows: result });
});

module.exports = router;
