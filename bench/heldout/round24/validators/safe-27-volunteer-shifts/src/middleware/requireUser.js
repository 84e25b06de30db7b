const { verifySession } = require("../lib/session");

module.exports = async function requireUser(req, res, next) {
  const user = await verifySession(req.cookies.sid);
  if (!user) return res.status(401).json({ error: "Sign in first" });
  req.user = user;
  next();
};
