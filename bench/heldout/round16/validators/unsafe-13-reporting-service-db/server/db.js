const { Pool } = require("pg");

const pool = new Pool({
  connectionString: "postgresql://postgres:XPwvOz0yriuC9NvF2w@db.kpsxzsyqkuzipiybczls.supabase.co:5432/postgres",
  ssl: { rejectUnauthorized: false },
  max: 10,
});

pool.on("error", (err) => console.error("pg pool error", err));

module.exports = { pool };
