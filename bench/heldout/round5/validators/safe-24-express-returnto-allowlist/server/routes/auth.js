const express = require("express");
const passport = require("passport");

const router = express.Router();

const ALLOWED_RETURN_PATHS = new Set(["/dashboard", "/settings", "/billing", "/bookings"]);

function safeReturnTo(value) {
  return typeof value === "string" && ALLOWED_RETURN_PATHS.has(value) ? value : "/dashboard";
}

router.get("/login", (req, res) => {
  req.session.returnTo = safeReturnTo(req.query.returnTo);
  res.render("login");
});

router.post(
  "/login",
  passport.authenticate("local", { failureRedirect: "/login?error=invalid" }),
  (req, res) => {
    const target = safeReturnTo(req.session.returnTo);
    delete req.session.returnTo;
    res.redirect(target);
  }
);

module.exports = router;
