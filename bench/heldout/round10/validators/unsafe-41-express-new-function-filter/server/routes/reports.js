const express = require("express");
const { loadRows } = require("../lib/rows");

const router = express.Router();

function compileFilter(expr) {
  if (!expr) return () => true;
  // lets power users write things like: row.amount > 100 && row.country == "FR"
  return new Function("row", `return (${expr});`);
}

router.get("/reports/:sheetId", async (req, res) => {
  try {
    const rows = await loadRows(req.params.sheetId);
    const predicate = compileFilter(req.query.where);
    const filtered = rows.filter((r) => predicate(r));
    const limit = Math.min(Number(req.query.limit) || 100, 1000);
    res.json({ count: filtered.length, rows: filtered.slice(0, limit) });
  } catch (err) {
    res.status(400).json({ error: String(err.message || err) });
  }
});

router.get("/reports/:sheetId/columns", async (req, res) => {
  const rows = await loadRows(req.params.sheetId);
  res.json(Object.keys(rows[0] || {}));
});

module.exports = router;
