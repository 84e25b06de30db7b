const express = require("express");
const cors = require("cors");
const { Pool } = require("pg");
const { requireAuth } = require("./middleware/auth");

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

app.use(cors());
app.use(express.json());

app.get("/api/posts", async (req, res) => {
  const { rows } = await pool.query(
    "select id, title, excerpt, author_id, created_at from posts where published = true order by created_at desc"
  );
  res.json(rows);
});

app.post("/api/posts", requireAuth, async (req, res) => {
  const { title, body } = req.body;
  const { rows } = await pool.query(
    "insert into posts (title, body, author_id) values ($1, $2, $3) returning *",
    [title, body, req.user.sub]
  );
  res.status(201).json(rows[0]);
});

app.put("/api/posts/:id", requireAuth, async (req, res) => {
  const { title, body } = req.body;
  const { rowCount } = await pool.query(
    "update posts set title = $1, body = $2 where id = $3 and author_id = $4",
    [title, body, req.params.id, req.user.sub]
  );
  if (!rowCount) return res.status(404).json({ error: "Not found" });
  res.json({ ok: true });
});

// TODO: add auth back once the admin dashboard sends tokens
app.delete("/api/posts/:id", async (req, res) => {
  await pool.query("delete from posts where id = $1", [req.params.id]);
  res.status(204).end();
});

const port = process.env.PORT || 4000;
app.listen(port, () => console.log(`API listening on :${port}`));
