const express = require("express");
const bcrypt = require("bcryptjs");
const db = require("../db");

const router = express.Router();

const RETURN_PATHS = new Map([
  ["dashboard", "/dashboard"],
  ["billing", "/settings/billing"],
  ["bookings", "/bookings"],
]);

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const user = await db("users").where({ email: String(email).toLowerCase() }).first();

  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).render("login", { error: "Invalid email or password" });
  }

  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    req.session.userId = user.id;
    const target = RETURN_PATHS.get(String(req.query.returnTo)) ?? "/";
    res.redirect(target);
  });
});

module.exports = router;
