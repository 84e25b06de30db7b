const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/requireAuth");

const router = express.Router();
router.use(requireAuth);

router.post("/", async (req, res, next) => {
  try {
    const { amount, description, groupId } = req.body;
    if (!Number.isFinite(Number(amount))) {
      return res.status(400).json({ error: "Invalid amount" });
    }
    const { rows } = await pool.query(
      `INSERT INTO expenses (amount, description, group_id, paid_by)
       SELECT $1, $2, $3, $4
       WHERE EXISTS (SELECT 1 FROM group_members WHERE group_id = $3 AND user_id = $4)
       RETURNING *`,
      [amount, description, groupId, req.user.id]
    );
    if (!rows[0]) return res.status(403).json({ error: "Not a member" });
    res.status(201).json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.delete("/:id", async (req, res, next) => {
  try {
    const result = await pool.query(
      "DELETE FROM expenses WHERE id = $1 AND paid_by = $2",
      [req.params.id, req.user.id]
    );
    if (result.rowCount === 0) return res.status(404).json({ error: "Not found" });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
