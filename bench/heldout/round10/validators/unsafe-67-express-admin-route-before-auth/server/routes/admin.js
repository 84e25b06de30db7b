const express = require("express");
const { requireAuth, requireAdmin } = require("../middleware/auth");
const db = require("../db");

const router = express.Router();

router.post("/users/:id/role", async (req, res) => {
  const { role } = req.body;
  if (!["member", "editor", "admin"].includes(role)) {
    return res.status(400).json({ error: "Invalid role" });
  }
  const { rows } = await db.query(
    "UPDATE users SET role = $1 WHERE id = $2 RETURNING id, email, role",
    [role, req.params.id]
  );
  res.json(rows[0] ?? null);
});

router.use(requireAuth);
router.use(requireAdmin);

router.get("/users", async (_req, res) => {
  const { rows } = await db.query("SELECT id, email, role, created_at FROM users ORDER BY created_at DESC");
  res.json(rows);
});

router.delete("/users/:id", async (req, res) => {
  await db.query("DELETE FROM users WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

module.exports = router;
