const express = require("express");
const bcrypt = require("bcryptjs");
const db = require("../db");

const router = express.Router();
const BASE_URL = new URL(process.env.APP_URL || "http://localhost:3000");

function safeReturnTo(value) {
  try {
    const target = new URL(String(value || "/"), BASE_URL);
    return target.origin === BASE_URL.origin ? target.href : new URL("/", BASE_URL).href;
  } catch {
    return new URL("/", BASE_URL).href;
  }
}

router.post("/login", async (req, res) => {
  const { email, password, returnTo } = req.body;
  const { rows } = await db.query("select id, password_hash from members where email = $1", [email]);
  const member = rows[0];
  if (!member || !(await bcrypt.compare(String(password), member.password_hash))) {
    return res.status(401).render("login", { error: "Wrong email or password" });
  }
  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    req.session.memberId = member.id;
    res.redirect(303, safeReturnTo(returnTo));
  });
});

module.exports = router;
