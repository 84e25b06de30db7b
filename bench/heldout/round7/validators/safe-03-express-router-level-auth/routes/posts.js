const express = require("express");
const { requireAuth } = require("../middleware/auth");
const db = require("../db");

const router = express.Router();

// every route below needs a valid token
router.use(requireAuth);

router.get("/", async (req, res) => {
  const { rows } = await db.query("select * from posts where author_id = $1", [req.user.sub]);
  res.json(rows);
});

router.delete("/:id", async (req, res) => {
  const { rowCount } = await db.query(
    "delete from posts where id = $1 and author_id = $2",
    [req.params.id, req.user.sub]
  );
  if (rowCount === 0) return res.status(404).json({ error: "Not found" });
  res.status(204).end();
});

module.exports = router;
