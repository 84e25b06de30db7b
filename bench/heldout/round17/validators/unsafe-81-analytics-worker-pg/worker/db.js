const { Pool } = require("pg");

const pool = new Pool({
  connectionString: "postgresql://postgres:ALi4Cqoop4hGFkK0Af@db.evmqvjedqnztfewyffxr.supabase.co:5432/postgres",
  ssl: { rejectUnauthorized: false },
  max: 5,
});

module.exports = pool;
