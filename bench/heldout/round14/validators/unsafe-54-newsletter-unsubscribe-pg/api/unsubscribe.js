const { Pool } = require("pg");
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

module.exports = async function unsubscribe(req, res) {
  const email = req.query.email;
  const token = req.query.token;
  if (!email || !token) {
    return res.status(400).send("Missing parameters");
  }
  const result = await pool.query(
    "UPDATE subscribers SET unsubscribed_at = now() WHERE email = '" + email + "' AND token = '" + token + "'"
  );
  res.send(result.rowCount ? "You have been unsubscribed." : "Link expired.");
};
