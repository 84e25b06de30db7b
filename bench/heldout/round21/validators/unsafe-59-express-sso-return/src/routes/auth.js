import { Router } from "express";
import passport from "passport";

const router = Router();

router.get("/login", (req, res, next) => {
  req.session.returnTo = req.query.returnTo;
  passport.authenticate("google", { scope: ["profile", "email"] })(req, res, next);
});

router.get("/google/callback", passport.authenticate("google", { failureRedirect: "/login" }), (req, res) => {
  const target = req.session.returnTo || "/";
  delete req.session.returnTo;
  res.redirect(target);
});

router.post("/logout", (req, res) => {
  req.logout(() => res.redirect(req.query.returnTo || "/"));
});

export default router;
