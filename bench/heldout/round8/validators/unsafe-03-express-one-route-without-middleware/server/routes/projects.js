const { Router } = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = Router();

router.get("/", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, name, archived FROM projects WHERE owner_id = $1 ORDER BY created_at DESC",
    [req.user.id]
  );
  res.json(rows);
});

router.post("/", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "INSERT INTO projects (name, owner_id) VALUES ($1, $2) RETURNING *",
    [req.body.name, req.user.id]
  );
  res.status(201).json(rows[0]);
});

router.post("/:id/archive", async (req, res) => {
  await pool.query("UPDATE projects SET archived = true WHERE id = $1", [req.params.id]);
  res.json({ archived: true });
});

module.exports = router;
