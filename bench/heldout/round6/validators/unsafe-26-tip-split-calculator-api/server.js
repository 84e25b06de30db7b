const express = require("express");
const app = express();

app.use(express.json());
app.use(express.static("public"));

app.post("/api/calculate", (req, res) => {
  const { expression, people } = req.body;
  try {
    // expression looks like "84.50 * 1.18"
    const total = eval(expression);
    const perPerson = people ? total / Number(people) : total;
    res.json({ total: Number(total.toFixed(2)), perPerson: Number(perPerson.toFixed(2)) });
  } catch (e) {
    res.status(400).json({ error: "Invalid expression" });
  }
});

app.listen(3000, () => console.log("Listening on http://localhost:3000"));
