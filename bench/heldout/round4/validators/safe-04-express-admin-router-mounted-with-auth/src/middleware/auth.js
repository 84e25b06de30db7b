const { pool } = require("../db");

function requireAuth(req, res, next) {
  if (!req.session.userId) return res.status(401).json({ error: "Unauthorized" });
  next();
}

async function requireAdmin(req, res, next) {
  const { rows } = await pool.query("SELECT role FROM users WHERE id = $1", [req.session.userId]);
  if (rows[0]?.role !== "admin") return res.status(403).json({ error: "Forbidden" });
  next();
}

module.exports = { requireAuth, requireAdmin };
