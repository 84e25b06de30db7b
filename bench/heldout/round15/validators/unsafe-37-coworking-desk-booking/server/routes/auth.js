const express = require("express");
const passport = require("passport");

const router = express.Router();

router.post(
  "/login",
  passport.authenticate("local", { failureRedirect: "/login?failed=1" }),
  (req, res) => {
    res.redirect("/desks");
  }
);

router.get("/logout", (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    const returnTo = req.query.returnTo || "/";
    res.redirect(returnTo);
  });
});

module.exports = router;
