const express = require("express");
const mysql = require("mysql2/promise");

const app = express();
app.use(express.json());

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: "flashcards",
});

app.get("/api/decks/:id", async (req, res) => {
  const [rows] = await pool.query("SELECT * FROM decks WHERE id = " + req.params.id);
  res.json(rows[0] || null);
});

app.delete("/api/decks/:id", async (req, res) => {
  await pool.query("DELETE FROM cards WHERE deck_id = " + req.params.id);
  await pool.query("DELETE FROM decks WHERE id = " + req.params.id);
  res.sendStatus(204);
});

app.listen(8080);
