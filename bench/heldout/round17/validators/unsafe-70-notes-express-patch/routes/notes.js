const router = require("express").Router();
const requireAuth = require("../middleware/requireAuth");
const pool = require("../db");

router.use(requireAuth);

router.get("/", async (req, res) => {
  const { rows } = await pool.query("select * from notes where user_id = $1 order by updated_at desc", [req.user.id]);
  res.json(rows);
});

router.patch("/:id", async (req, res) => {
  const { title, body } = req.body;
  const { rows } = await pool.query(
    "update notes set title = $1, body = $2, updated_at = now() where id = $3 returning *",
    [title, body, req.params.id]
  );
  res.json(rows[0]);
});

module.exports = router;
