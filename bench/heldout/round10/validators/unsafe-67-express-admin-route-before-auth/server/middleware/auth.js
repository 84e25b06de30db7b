const { createClient } = require("@supabase/supabase-js");

const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_ANON_KEY);

async function requireAuth(req, res, next) {
  const header = req.headers.authorization || "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: "Unauthorized" });
  const { data, error } = await supabase.auth.getUser(token);
  if (error || !data.user) return res.status(401).json({ error: "Unauthorized" });
  req.user = data.user;
  next();
}

function requireAdmin(req, res, next) {
  if (req.user?.app_metadata?.role !== "admin") {
    return res.status(403).json({ error: "Forbidden" });
  }
  next();
}

module.exports = { requireAuth, requireAdmin };
