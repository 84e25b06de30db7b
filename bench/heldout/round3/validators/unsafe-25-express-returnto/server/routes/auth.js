const express = require("express");
const passport = require("passport");

const router = express.Router();

router.get("/login", (req, res) => {
  if (req.query.returnTo) req.session.returnTo = req.query.returnTo;
  res.render("login");
});

router.post(
  "/login",
  passport.authenticate("local", { failureRedirect: "/login?failed=1" }),
  (req, res) => {
    const dest = req.session.returnTo || req.body.returnTo || "/";
    delete req.session.returnTo;
    res.redirect(dest);
  }
);

router.get("/logout", (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    res.redirect(req.query.redirect_uri || "/");
  });
});

module.exports = router;
