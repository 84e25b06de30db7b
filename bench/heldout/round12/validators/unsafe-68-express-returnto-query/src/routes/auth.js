const express = require("express");
const bcrypt = require("bcryptjs");
const { db } = require("../db");

const router = express.Router();

router.get("/login", (req, res) => {
  res.render("login", { returnTo: req.query.returnTo || "/" });
});

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const user = await db("users").where({ email: String(email).toLowerCase() }).first();

  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).render("login", {
      error: "Invalid email or password",
      returnTo: req.body.returnTo,
    });
  }

  req.session.regenerate((err) => {
    if (err) return res.status(500).send("Session error");
    req.session.userId = user.id;
    const target = req.body.returnTo || req.query.returnTo || "/account";
    res.redirect(target);
  });
});

router.post("/logout", (req, res) => {
  req.session.destroy(() => res.redirect("/"));
});

module.exports = router;
