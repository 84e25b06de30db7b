const crypto = require("crypto");
const router = require("express").Router();
const db = require("../db/knex");
const { sendResetEmail } = require("../lib/mail");

router.post("/forgot-password", async (req, res) => {
  const email = String(req.body.email || "").toLowerCase();
  const user = await db("users").whereRaw(`lower(email) = '${email}'`).first();

  // always answer the same way so we don't leak which emails exist
  if (user) {
    const token = crypto.randomBytes(32).toString("hex");
    await db("password_resets").insert({ user_id: user.id, token, expires_at: db.raw("now() + interval '1 hour'") });
    await sendResetEmail(user.email, token);
  }
  res.json({ ok: true });
});

module.exports = router;
