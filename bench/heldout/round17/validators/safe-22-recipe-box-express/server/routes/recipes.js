const express = require("express");
const { Pool } = require("pg");
const requireAuth = require("../middleware/requireAuth");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();
router.use(requireAuth);

router.delete("/:id", async (req, res) => {
  const { rowCount } = await pool.query("delete from recipes where id = $1 and owner_id = $2", [
    req.params.id,
    req.user.sub,
  ]);
  if (!rowCount) return res.status(404).json({ error: "not found" });
  res.status(204).end();
});

module.exports = router;
