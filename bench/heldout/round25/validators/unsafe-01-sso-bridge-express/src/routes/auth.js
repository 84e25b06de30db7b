const express = require("express");
const passport = require("passport");

const router = express.Router();

router.get("/login", (req, res) => {
  req.session.returnTo = req.query.returnTo;
  res.render("login");
});

router.post(
  "/login",
  passport.authenticate("local", { failureRedirect: "/login?failed=1" }),
  (req, res) => {
    const dest = req.session.returnTo || req.query.returnTo || "/";
    delete req.session.returnTo;
    res.redirect(dest);
  }
);

router.post("/logout", (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    res.redirect(req.body.redirect || "/");
  });
});

module.exports = router;
