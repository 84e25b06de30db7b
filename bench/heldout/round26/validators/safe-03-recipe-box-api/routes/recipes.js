const express = require("express");
const { requireAuth } = require("../middleware/auth");
const pool = require("../db");

const router = express.Router();
router.use(requireAuth);

router.post("/", async (req, res) => {
  const { title, ingredients, steps } = req.body;
  if (!title) return res.status(400).json({ error: "title is required" });
  const { rows } = await pool.query(
    "INSERT INTO recipes (user_id, title, ingredients, steps) VALUES ($1, $2, $3, $4) RETURNING *",
    [req.user.id, title, ingredients ?? [], steps ?? []]
  );
  res.status(201).json(rows[0]);
});

router.delete("/:id", async (req, res) => {
  const { rowCount } = await pool.query(
    "DELETE FROM recipes WHERE id = $1 AND user_id = $2",
    [req.params.id, req.user.id]
  );
  if (rowCount === 0) return res.status(404).end();
  res.status(204).end();
});

module.exports = router;
