const express = require("express");
const bcrypt = require("bcryptjs");
const db = require("../db");

const router = express.Router();

router.get("/login", (req, res) => {
  res.render("login", { returnTo: req.query.returnTo || "" });
});

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const user = await db("users").where({ email: email.toLowerCase() }).first();

  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).render("login", { error: "Invalid email or password" });
  }

  req.session.userId = user.id;
  const returnTo = req.query.returnTo || req.body.returnTo;
  res.redirect(returnTo || "/");
});

router.post("/logout", (req, res) => {
  req.session.destroy(() => res.redirect("/"));
});

module.exports = router;
