const express = require("express");
const { compileFormula } = require("./formulas");

const app = express();
app.use(express.json());

const sum = (...xs) => xs.reduce((a, b) => a + Number(b || 0), 0);

app.post("/api/sheets/preview", (req, res) => {
  const { rows, formula } = req.body;
  const fn = compileFormula(formula);
  res.json(rows.map((row) => ({ ...row, computed: fn(row, sum) })));
});

app.listen(process.env.PORT || 3001);
