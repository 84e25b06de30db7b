const express = require("express");
const { requireAuth } = require("../middleware/require-auth");
const db = require("../db");

const router = express.Router();
router.use(requireAuth);

router.get("/", async (req, res) => {
  const { rows } = await db.query(
    "SELECT id, label, amount_cents, paid_by FROM expenses WHERE group_id IN (SELECT group_id FROM members WHERE user_id = $1)",
    [req.user.id]
  );
  res.json(rows);
});

router.post("/", async (req, res) => {
  const { label, amountCents, groupId } = req.body;
  const member = await db.query("SELECT 1 FROM members WHERE group_id = $1 AND user_id = $2", [groupId, req.user.id]);
  if (member.rowCount === 0) return res.status(403).json({ error: "Not a member" });
  const { rows } = await db.query(
    "INSERT INTO expenses (label, amount_cents, group_id, paid_by) VALUES ($1, $2, $3, $4) RETURNING *",
    [String(label).slice(0, 100), Number(amountCents) | 0, groupId, req.user.id]
  );
  res.status(201).json(rows[0]);
});

module.exports = router;
