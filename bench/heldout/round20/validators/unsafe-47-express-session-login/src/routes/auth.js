const express = require("express");
const bcrypt = require("bcryptjs");
const { db } = require("../db");

const router = express.Router();

router.get("/login", (req, res) => {
  res.render("login", { returnTo: req.query.returnTo || "/" });
});

router.post("/login", express.urlencoded({ extended: false }), async (req, res) => {
  const { email, password } = req.body;
  const user = await db("users").where({ email }).first();
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).render("login", { error: "Invalid email or password", returnTo: req.body.returnTo });
  }
  req.session.regenerate((err) => {
    if (err) return res.sendStatus(500);
    req.session.userId = user.id;
    res.redirect(req.query.returnTo || req.body.returnTo || "/");
  });
});

module.exports = router;
