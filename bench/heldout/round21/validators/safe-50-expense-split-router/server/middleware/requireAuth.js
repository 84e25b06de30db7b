const { createClient } = require("@supabase/supabase-js");

const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_ANON_KEY);

exports.requireAuth = async (req, res, next) => {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  const { data, error } = await supabase.auth.getUser(token);
  if (error || !data.user) return res.status(401).json({ error: "unauthorized" });
  req.user = data.user;
  next();
};
