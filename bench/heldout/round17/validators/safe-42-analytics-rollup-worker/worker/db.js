const { Pool } = require("pg");

if (!process.env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set");
}

module.exports = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
