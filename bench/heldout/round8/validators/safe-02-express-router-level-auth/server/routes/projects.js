const { Router } = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = Router();
router.use(requireAuth);

router.get("/", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, name, archived FROM projects WHERE owner_id = $1",
    [req.user.id]
  );
  res.json(rows);
});

router.post("/:id/archive", async (req, res) => {
  const { rowCount } = await pool.query(
    "UPDATE projects SET archived = true WHERE id = $1 AND owner_id = $2",
    [req.params.id, req.user.id]
  );
  if (rowCount === 0) return res.status(404).json({ error: "not found" });
  res.json({ archived: true });
});

module.exports = router;
