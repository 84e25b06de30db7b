const express = require("express");
const { compileFormula } = require("../formulas");
const { requireUser } = require("../auth");
const db = require("../db");

const router = express.Router();

router.post("/sheets/:id/computed", requireUser, async (req, res) => {
  const { name, formula } = req.body;
  const rows = await db("sheet_rows").where({ sheet_id: req.params.id, owner_id: req.user.id });
  const fn = compileFormula(formula);
  const values = rows.map((r) => ({ id: r.id, [name]: fn(r.data, Math) }));
  res.json(values);
});

module.exports = router;
