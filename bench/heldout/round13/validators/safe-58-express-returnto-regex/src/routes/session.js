const { Router } = require("express");
const { pickReturnTo } = require("../middleware/return-to");
const { verifyPassword, findUserByEmail } = require("../services/users");

const router = Router();

router.post("/session", async (req, res) => {
  const user = await findUserByEmail(req.body.email);
  if (!user || !(await verifyPassword(user, req.body.password))) {
    return res.redirect("/login?error=invalid");
  }
  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    req.session.userId = user.id;
    res.redirect(303, pickReturnTo(req.query.returnTo));
  });
});

module.exports = router;
