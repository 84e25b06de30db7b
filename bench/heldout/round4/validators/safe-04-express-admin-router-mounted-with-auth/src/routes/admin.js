const router = require("express").Router();
const { pool } = require("../db");

router.get("/users", async (_req, res) => {
  const { rows } = await pool.query("SELECT id, email, role, created_at FROM users ORDER BY created_at DESC");
  res.json(rows);
});

router.delete("/users/:id", async (req, res) => {
  await pool.query("DELETE FROM users WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

module.exports = router;
