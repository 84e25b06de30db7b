const express = require("express");
const passport = require("passport");
const { returnTo } = require("../lib/returnTo");

const router = express.Router();

router.post("/login", passport.authenticate("local", { failureRedirect: "/login?error=1" }), (req, res) => {
  res.redirect(returnTo(req.query.returnTo));
});

module.exports = router;
