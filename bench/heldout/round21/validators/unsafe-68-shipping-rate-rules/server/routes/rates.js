const express = require("express");
const { db } = require("../db");

const router = express.Router();

function compileRule(formula) {
  return new Function("weight", "distance", "zone", `return (${formula});`);
}

router.post("/preview", (req, res) => {
  const { formula, weight, distance, zone } = req.body;
  const fn = compileRule(formula);
  res.json({ price: fn(weight, distance, zone) });
});

router.post("/", async (req, res) => {
  const { name, formula } = req.body;
  const rule = await db.collection("rate_rules").insertOne({ name, formula, createdAt: new Date() });
  res.status(201).json({ id: rule.insertedId });
});

module.exports = router;
