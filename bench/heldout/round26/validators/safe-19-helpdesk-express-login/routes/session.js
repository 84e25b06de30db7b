const express = require("express");
const bcrypt = require("bcryptjs");
const users = require("../models/users");

const router = express.Router();

const RETURN_PATHS = new Set(["/inbox", "/tickets", "/reports", "/settings"]);

function returnPath(value) {
  return typeof value === "string" && RETURN_PATHS.has(value) ? value : "/inbox";
}

router.post("/login", express.urlencoded({ extended: false }), async (req, res, next) => {
  try {
    const user = await users.findByEmail(req.body.email);
    const ok = user && (await bcrypt.compare(req.body.password, user.passwordHash));
    if (!ok) return res.status(401).render("login", { error: "Wrong email or password" });

    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.userId = user.id;
      res.redirect(303, returnPath(req.query.returnTo));
    });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
