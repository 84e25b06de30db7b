const express = require("express");
const passport = require("passport");

const router = express.Router();
const APP_URL = new URL(process.env.APP_URL || "http://localhost:3000");

function sameSite(target) {
  if (typeof target !== "string" || target.includes("\\")) return "/";
  try {
    const url = new URL(target, APP_URL);
    if (url.host !== APP_URL.host || url.protocol !== APP_URL.protocol) return "/";
    return url.pathname + url.search;
  } catch {
    return "/";
  }
}

router.post(
  "/login",
  passport.authenticate("local", { failureRedirect: "/login?failed=1" }),
  (req, res) => {
    res.redirect(sameSite(req.body.returnTo));
  }
);

module.exports = router;
