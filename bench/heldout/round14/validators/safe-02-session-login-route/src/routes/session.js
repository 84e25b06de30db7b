const express = require("express");
const router = express.Router();

const DESTINATIONS = {
  billing: "/settings/billing",
  board: "/board",
  invite: "/team/invite",
};

router.post("/login", async (req, res) => {
  const user = await req.app.locals.auth.check(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: "invalid_credentials" });
  req.session.userId = user.id;
  const returnTo = Object.prototype.hasOwnProperty.call(DESTINATIONS, req.query.returnTo)
    ? DESTINATIONS[req.query.returnTo]
    : "/";
  res.redirect(303, returnTo);
});

module.exports = router;
