const express = require("express");
const bcrypt = require("bcryptjs");
const { findUserByEmail } = require("./users");

const router = express.Router();

router.post("/login", express.urlencoded({ extended: false }), async (req, res) => {
  const user = await findUserByEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.password_hash))) {
    return res.redirect("/login?failed=1");
  }
  req.session.userId = user.id;
  const target = req.query.returnTo || "/";
  return res.redirect(target);
});

router.post("/logout", (req, res) => {
  req.session.destroy(() => res.redirect("/"));
});

module.exports = router;
