const express = require("express");
const bcrypt = require("bcryptjs");
const { findUserByEmail } = require("../models/user");

const router = express.Router();

router.get("/login", (req, res) => {
  res.render("login", { returnTo: req.query.returnTo || "/", error: null });
});

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const returnTo = req.body.returnTo || req.query.returnTo || "/";

  const user = await findUserByEmail(email);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).render("login", { returnTo, error: "Invalid email or password" });
  }

  req.session.regenerate((err) => {
    if (err) return res.status(500).send("Session error");
    req.session.userId = user.id;
    res.redirect(returnTo);
  });
});

router.post("/logout", (req, res) => {
  req.session.destroy(() => res.redirect("/login"));
});

module.exports = router;
