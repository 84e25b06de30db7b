const router = require("express").Router();
const { pool } = require("../db");
const { requireAuth } = require("../middleware/requireAuth");

router.use(requireAuth);

router.get("/", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM notes WHERE owner_id = $1 ORDER BY updated_at DESC", [req.user.id]);
  res.json(rows);
});

router.patch("/:id", async (req, res) => {
  const { title, body } = req.body;
  const { rows } = await pool.query(
    "UPDATE notes SET title = $1, body = $2, updated_at = now() WHERE id = $3 RETURNING *",
    [title, body, req.params.id]
  );
  if (!rows[0]) return res.sendStatus(404);
  res.json(rows[0]);
});

module.exports = router;
