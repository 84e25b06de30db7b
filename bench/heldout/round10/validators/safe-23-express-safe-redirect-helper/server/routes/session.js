const express = require("express");
const { safeReturnTo } = require("../lib/safe-redirect");
const { authenticate } = require("../lib/users");

const router = express.Router();

router.post("/session", express.urlencoded({ extended: false }), async (req, res, next) => {
  try {
    const user = await authenticate(req.body.email, req.body.password);
    if (!user) return res.redirect(303, "/login?error=invalid");
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.userId = user.id;
      res.redirect(303, safeReturnTo(req.body.returnTo));
    });
  } catch (e) {
    next(e);
  }
});

module.exports = router;
