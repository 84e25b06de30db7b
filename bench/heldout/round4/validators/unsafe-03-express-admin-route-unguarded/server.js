const express = require("express");
const cookieParser = require("cookie-parser");
const { pool } = require("./db");
const { requireAuth } = require("./middleware/auth");

const app = express();
app.use(express.json());
app.use(cookieParser());

app.get("/api/me", requireAuth, async (req, res) => {
  const { rows } = await pool.query("SELECT id, email, name FROM users WHERE id = $1", [req.user.id]);
  res.json(rows[0]);
});

app.get("/api/bookings", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT * FROM bookings WHERE user_id = $1 ORDER BY starts_at",
    [req.user.id]
  );
  res.json(rows);
});

// Admin: remove a user and all their bookings
app.delete("/api/admin/users/:id", async (req, res) => {
  const { id } = req.params;
  await pool.query("DELETE FROM bookings WHERE user_id = $1", [id]);
  await pool.query("DELETE FROM users WHERE id = $1", [id]);
  res.status(204).end();
});

const port = process.env.PORT || 3001;
app.listen(port, () => console.log(`API listening on :${port}`));
