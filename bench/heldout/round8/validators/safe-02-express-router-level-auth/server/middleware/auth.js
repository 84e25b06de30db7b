const { jwtVerify } = require("jose");

const secret = new TextEncoder().encode(process.env.SESSION_SECRET);

async function requireAuth(req, res, next) {
  const header = req.headers.authorization || "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: "unauthorized" });
  try {
    const { payload } = await jwtVerify(token, secret);
    req.user = { id: payload.sub };
    return next();
  } catch {
    return res.status(401).json({ error: "unauthorized" });
  }
}

module.exports = { requireAuth };
