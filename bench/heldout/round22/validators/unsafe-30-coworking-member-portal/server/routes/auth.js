const express = require("express");
const bcrypt = require("bcryptjs");
const db = require("../db");

const router = express.Router();

router.get("/login", (req, res) => {
  res.render("login", { returnTo: req.query.returnTo || "/" });
});

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await db.query("select id, password_hash from members where email = $1", [email]);
  const member = rows[0];
  if (!member || !(await bcrypt.compare(password, member.password_hash))) {
    return res.status(401).render("login", { error: "Wrong email or password", returnTo: req.body.returnTo });
  }
  req.session.regenerate(() => {
    req.session.memberId = member.id;
    res.redirect(req.body.returnTo || req.query.returnTo || "/");
  });
});

module.exports = router;
