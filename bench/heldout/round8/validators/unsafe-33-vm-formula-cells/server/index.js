const express = require("express");
const { evaluateCell } = require("./formula");

const app = express();
app.use(express.json());

app.post("/api/sheets/:id/evaluate", (req, res) => {
  const { formula, cells } = req.body;
  try {
    res.json({ value: evaluateCell(formula, cells || {}) });
  } catch (err) {
    res.status(400).json({ error: String(err) });
  }
});

app.listen(4000);
