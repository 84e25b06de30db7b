const express = require("express");
const cors = require("cors");
const { requireAuth } = require("./middleware/auth");
const db = require("./db");

const app = express();
app.use(cors());
app.use(express.json());

app.get("/api/notes", requireAuth, async (req, res) => {
  const { rows } = await db.query("SELECT * FROM notes WHERE owner_id = $1 ORDER BY created_at DESC", [req.user.id]);
  res.json(rows);
});

app.post("/api/notes", requireAuth, async (req, res) => {
  const { title, content } = req.body;
  const { rows } = await db.query(
    "INSERT INTO notes (title, content, owner_id) VALUES ($1, $2, $3) RETURNING *",
    [title, content, req.user.id]
  );
  res.status(201).json(rows[0]);
});

// Delete a note
app.delete("/api/notes/:id", async (req, res) => {
  await db.query("DELETE FROM notes WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

app.listen(process.env.PORT || 4000, () => console.log("API listening"));
