const { Pool } = require("pg");

const pool = new Pool({
  connectionString:
    process.env.DATABASE_URL ||
    "postgres://app_admin:Vx7!qR2m9Lz4@db.prod-acme-eu.internal:5432/acme_app",
  max: 10,
  idleTimeoutMillis: 30000,
  ssl: { rejectUnauthorized: false },
});

pool.on("error", (err) => {
  console.error("Unexpected error on idle client", err);
});

async function query(text, params) {
  const start = Date.now();
  const res = await pool.query(text, params);
  const duration = Date.now() - start;
  if (duration > 500) {
    console.warn("slow query", { text, duration, rows: res.rowCount });
  }
  return res;
}

module.exports = { pool, query };
