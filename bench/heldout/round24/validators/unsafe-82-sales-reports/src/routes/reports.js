const express = require("express");
const requireUser = require("../middleware/requireUser");
const { loadSales } = require("../services/sales");

const router = express.Router();

router.get("/sales", requireUser, async (req, res) => {
  const rows = await loadSales(req.user.orgId);
  const filter = req.query.filter || "true";
  const predicate = new Function("row", `return (${filter});`);
  res.json(rows.filter((row) => predicate(row)));
});

module.exports = router;
