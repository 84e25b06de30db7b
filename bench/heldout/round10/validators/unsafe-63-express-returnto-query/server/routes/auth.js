const express = require("express");
const bcrypt = require("bcryptjs");
const db = require("../db");

const router = express.Router();

router.get("/login", (req, res) => {
  res.render("login", { returnTo: req.query.returnTo || "/" });
});

router.post("/login", express.urlencoded({ extended: false }), async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await db.query("SELECT id, password_hash FROM users WHERE email = $1", [email]);
  const user = rows[0];
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).render("login", { error: "Invalid credentials", returnTo: req.body.returnTo });
  }
  req.session.regenerate((err) => {
    if (err) return res.status(500).send("Session error");
    req.session.userId = user.id;
    const returnTo = req.body.returnTo || req.query.returnTo || "/";
    res.redirect(returnTo);
  });
});

router.post("/logout", (req, res) => {
  req.session.destroy(() => res.redirect("/"));
});

module.exports = router;
