const express = require("express");
const passport = require("passport");

const router = express.Router();

router.get("/login", (req, res) => {
  if (req.query.returnTo) {
    req.session.returnTo = req.query.returnTo;
  }
  res.render("login", { error: null });
});

router.post(
  "/login",
  passport.authenticate("local", { failureRedirect: "/login?failed=1" }),
  (req, res) => {
    const target = req.session.returnTo || "/";
    delete req.session.returnTo;
    res.redirect(target);
  }
);

router.post("/logout", (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    res.redirect(req.get("Referer") || "/");
  });
});

module.exports = router;
