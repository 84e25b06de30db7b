const express = require("express");
const bcrypt = require("bcryptjs");
const { db } = require("../db");

const router = express.Router();
const SAFE_PATH = /^\/(?![\/\\])[A-Za-z0-9\-_\/]*$/;

function safeReturn(value) {
  if (typeof value !== "string" || !SAFE_PATH.test(value) || value.includes("//")) return "/";
  return value;
}

router.post("/login", express.urlencoded({ extended: false }), async (req, res) => {
  const { email, password } = req.body;
  const user = await db("users").where({ email }).first();
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).render("login", { error: "Invalid email or password" });
  }
  req.session.regenerate((err) => {
    if (err) return res.sendStatus(500);
    req.session.userId = user.id;
    res.redirect(303, safeReturn(req.body.returnTo));
  });
});

module.exports = router;
