const express = require("express");
const passport = require("passport");
const { safeReturnTo } = require("../lib/return-to");

const router = express.Router();

router.post(
  "/session",
  passport.authenticate("local", { failureRedirect: "/login?failed=1" }),
  (req, res) => res.redirect(303, safeReturnTo(req.body.returnTo))
);

module.exports = router;
