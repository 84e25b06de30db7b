const router = require("express").Router();
const passport = require("passport");

router.post(
  "/login",
  passport.authenticate("local", { failureRedirect: "/login?failed=1" }),
  (req, res) => res.redirect("/dashboard")
);

router.get("/logout", (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    req.session.destroy(() => {
      res.clearCookie("connect.sid");
      res.redirect(req.query.returnTo || "/");
    });
  });
});

module.exports = router;
