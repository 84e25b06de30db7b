const express = require("express");
const { loadSales } = require("../data/sales");

const router = express.Router();

router.get("/sales", async (req, res) => {
  const rows = await loadSales(req.user.orgId);
  let result = rows;
  if (req.query.where) {
    const predicate = new Function("row", "return " + req.query.where);
    result = rows.filter((row) => predicate(row));
  }
  res.json({ count: result.length, rows: result });
});

module.exports = router;
