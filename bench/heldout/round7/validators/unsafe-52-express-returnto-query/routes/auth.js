const express = require("express");
const bcrypt = require("bcryptjs");
const { pool } = require("../db");

const router = express.Router();

router.get("/login", (req, res) => {
  res.render("login", { returnTo: req.query.returnTo || "/" });
});

router.post("/login", express.urlencoded({ extended: false }), async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("select id, password_hash from users where email = $1", [email]);
  const user = rows[0];
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).render("login", { error: "Invalid email or password", returnTo: req.query.returnTo });
  }
  req.session.userId = user.id;
  const returnTo = req.query.returnTo || req.body.returnTo || "/";
  res.redirect(returnTo);
});

module.exports = router;
