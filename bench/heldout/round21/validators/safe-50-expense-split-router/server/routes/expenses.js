const { Router } = require("express");
const { requireAuth } = require("../middleware/requireAuth");
const { pool } = require("../db");

const router = Router();
router.use(requireAuth);

router.post("/", async (req, res) => {
  const { groupId, amountCents, note } = req.body;
  const member = await pool.query(
    "select 1 from group_members where group_id = $1 and user_id = $2",
    [groupId, req.user.id],
  );
  if (member.rowCount === 0) return res.status(403).json({ error: "forbidden" });
  const { rows } = await pool.query(
    "insert into expenses (group_id, paid_by, amount_cents, note) values ($1, $2, $3, $4) returning *",
    [groupId, req.user.id, amountCents, note],
  );
  res.status(201).json(rows[0]);
});

router.delete("/:id", async (req, res) => {
  await pool.query("delete from expenses where id = $1 and paid_by = $2", [req.params.id, req.user.id]);
  res.status(204).end();
});

module.exports = router;
