import { Router } from "express";
import passport from "passport";
import { localPath } from "../lib/safePath";

const router = Router();

router.post(
  "/login",
  passport.authenticate("local", { failureRedirect: "/login?failed=1" }),
  (req, res) => {
    res.redirect(localPath(req.query.returnTo, "/home"));
  }
);

export default router;
