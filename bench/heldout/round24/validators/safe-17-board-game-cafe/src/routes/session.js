const express = require("express");
const bcrypt = require("bcryptjs");
const db = require("../db");

const router = express.Router();
const LOCAL_PATH = /^\/(?![\/\\])[A-Za-z0-9\-_\/]*(\?[A-Za-z0-9=&\-_]*)?$/;

function localReturn(value) {
  return typeof value === "string" && LOCAL_PATH.test(value) ? value : "/tables";
}

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const user = await db("users").where({ email }).first();
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).render("login", { error: "Wrong email or password" });
  }
  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    req.session.userId = user.id;
    res.redirect(localReturn(req.query.returnTo));
  });
});

module.exports = router;
