const { verifySession } = require("./session");

async function requireSession(req, res, next) {
  const session = await verifySession(req.cookies?.sid);
  if (!session) return res.status(401).json({ error: "unauthorized" });
  req.user = session.user;
  next();
}

module.exports = { requireSession };
