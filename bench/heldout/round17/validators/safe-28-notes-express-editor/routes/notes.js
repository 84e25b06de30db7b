const router = require("express").Router();
const requireAuth = require("../middleware/requireAuth");
const pool = require("../db");

router.use(requireAuth);

router.patch("/:id", async (req, res) => {
  const { title, body } = req.body;
  const { rows } = await pool.query(
    "update notes set title = $1, body = $2, updated_at = now() where id = $3 and user_id = $4 returning *",
    [title, body, req.params.id, req.user.id]
  );
  if (!rows.length) return res.status(404).json({ error: "not found" });
  res.json(rows[0]);
});

module.exports = router;
