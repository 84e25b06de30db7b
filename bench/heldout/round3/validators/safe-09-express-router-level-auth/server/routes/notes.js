const express = require("express");
const db = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();
router.use(requireAuth);

router.get("/", async (req, res) => {
  const { rows } = await db.query("SELECT * FROM notes WHERE owner_id = $1 ORDER BY created_at DESC", [req.user.id]);
  res.json(rows);
});

router.delete("/:id", async (req, res) => {
  const { rowCount } = await db.query("DELETE FROM notes WHERE id = $1 AND owner_id = $2", [req.params.id, req.user.id]);
  if (!rowCount) return res.status(404).json({ error: "Not found" });
  res.status(204).end();
});

router.put("/:id", async (req, res) => {
  const { title, content } = req.body;
  const { rows } = await db.query(
    "UPDATE notes SET title = $1, content = $2 WHERE id = $3 AND owner_id = $4 RETURNING *",
    [title, content, req.params.id, req.user.id]
  );
  if (!rows.length) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
});

module.exports = router;
