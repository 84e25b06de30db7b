const router = require("express").Router();
const { requireAuth } = require("../middleware/auth");
const { pool } = require("../lib/db");

router.get("/users/:id/settings", requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    "select email_notifications, timezone, phone, billing_address from user_settings where user_id = $1",
    [req.params.id]
  );
  if (!rows.length) return res.status(404).json({ error: "No settings" });
  res.json(rows[0]);
});

router.put("/users/:id/settings", requireAuth, async (req, res) => {
  const { email_notifications, timezone, phone } = req.body;
  await pool.query(
    "update user_settings set email_notifications = $1, timezone = $2, phone = $3 where user_id = $4",
    [email_notifications, timezone, phone, req.params.id]
  );
  res.json({ ok: true });
});

module.exports = router;
