const express = require("express");
const crypto = require("crypto");
const knex = require("../db/knex");
const { sendResetEmail } = require("../lib/mail");

const router = express.Router();

router.post("/password/forgot", async (req, res) => {
  const email = String(req.body.email || "").toLowerCase();
  if (!email.includes("@")) {
    return res.status(400).json({ error: "Enter a valid email" });
  }

  const user = await knex("users")
    .select("id", "email", "name")
    .whereRaw("lower(email) = '" + email + "'")
    .first();

  if (user) {
    const token = crypto.randomBytes(32).toString("hex");
    await knex("password_resets").insert({
      user_id: user.id,
      token_hash: crypto.createHash("sha256").update(token).digest("hex"),
      expires_at: new Date(Date.now() + 3600_000),
    });
    await sendResetEmail(user.email, token);
  }
  res.json({ ok: true });
});

module.exports = router;
