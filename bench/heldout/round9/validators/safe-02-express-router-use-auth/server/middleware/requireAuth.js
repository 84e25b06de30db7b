const jwt = require("jsonwebtoken");

module.exports.requireAuth = function requireAuth(req, res, next) {
  const token = req.cookies?.session;
  if (!token) return res.status(401).json({ error: "Unauthorized" });
  try {
    const payload = jwt.verify(token, process.env.SESSION_SECRET, {
      algorithms: ["HS256"],
    });
    req.user = { id: payload.sub };
    return next();
  } catch {
    return res.status(401).json({ error: "Unauthorized" });
  }
};
