const express = require("express");
const path = require("path");

const app = express();
const entries = [];

app.use(express.json());
app.use(express.static(path.join(__dirname, "..", "public")));

app.get("/api/entries", (req, res) => res.json(entries.slice(-100)));
app.post("/api/entries", (req, res) => {
  const { name, message } = req.body;
  entries.push({ name: String(name).slice(0, 80), message: String(message).slice(0, 1000), date: new Date().toISOString() });
  res.status(201).end();
});

app.listen(3000);
