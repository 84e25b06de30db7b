const { verifySessionToken } = require("../lib/tokens");

async function requireAuth(req, res, next) {
  const token = req.cookies?.session;
  const session = token ? await verifySessionToken(token) : null;
  if (!session) return res.status(401).json({ error: "Not signed in" });
  req.user = { id: session.sub, clinicId: session.clinicId };
  next();
}

module.exports = { requireAuth };
