const { Pool } = require("pg");

const pool = new Pool({
  connectionString: "postgresql://postgres:BABSAd39ItpggNVW@db.qdrdgwnpzlkfygiooswf.supabase.co:5432/postgres",
  ssl: { rejectUnauthorized: false },
  max: 10,
});

module.exports = { pool, query: (text, params) => pool.query(text, params) };
