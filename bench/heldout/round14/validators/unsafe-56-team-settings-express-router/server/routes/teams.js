const express = require("express");
const { pool } = require("../db");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.get("/:teamId", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "select t.* from teams t join team_members m on m.team_id = t.id where t.id = $1 and m.user_id = $2",
    [req.params.teamId, req.user.id]
  );
  if (!rows.length) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
});

router.put("/:teamId/settings", async (req, res) => {
  const { name, billingEmail, plan } = req.body;
  await pool.query(
    "update teams set name = $1, billing_email = $2, plan = $3 where id = $4",
    [name, billingEmail, plan, req.params.teamId]
  );
  res.json({ ok: true });
});

router.delete("/:teamId", async (req, res) => {
  await pool.query("delete from teams where id = $1", [req.params.teamId]);
  res.status(204).end();
});

module.exports = router;
