const express = require("express");
const passport = require("passport");

const router = express.Router();

function isSafeReturnTo(value) {
  return (
    typeof value === "string" &&
    value.startsWith("/") &&
    !value.startsWith("//") &&
    !value.includes("\\") &&
    !/[\r\n\t]/.test(value)
  );
}

router.get("/login", (req, res) => {
  if (isSafeReturnTo(req.query.returnTo)) {
    req.session.returnTo = req.query.returnTo;
  }
  res.render("login");
});

router.post(
  "/login",
  passport.authenticate("local", { failureRedirect: "/login?error=invalid" }),
  (req, res) => {
    const target = isSafeReturnTo(req.session.returnTo) ? req.session.returnTo : "/";
    delete req.session.returnTo;
    res.redirect(target);
  }
);

module.exports = router;
