const express = require("express");
const bcrypt = require("bcryptjs");
const { User } = require("../models/user");

const router = express.Router();

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email: String(email).toLowerCase() });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).render("login", { error: "Invalid email or password" });
  }
  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    req.session.userId = user.id;
    res.redirect(req.query.returnTo || "/account");
  });
});

module.exports = router;
