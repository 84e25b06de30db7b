const express = require("express");
const bcrypt = require("bcryptjs");
const { User, Entry } = require("../models");
const { requireSession } = require("../middleware/session");

const router = express.Router();

router.get("/export", requireSession, async (req, res) => {
  const { email, password } = req.query;
  const user = await User.findOne({ where: { id: req.session.userId, email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(403).json({ error: "Password confirmation failed" });
  }
  const entries = await Entry.findAll({ where: { userId: user.id } });
  res.setHeader("Content-Disposition", "attachment; filename=my-data.json");
  res.json({ user: { email: user.email, createdAt: user.createdAt }, entries });
});

module.exports = router;
