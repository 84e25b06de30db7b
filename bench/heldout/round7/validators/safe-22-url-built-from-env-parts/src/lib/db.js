const { Client } = require("pg");

function databaseUrl() {
  const user = process.env.PGUSER;
  const password = process.env.PGPASSWORD;
  const host = process.env.PGHOST || "localhost";
  const port = process.env.PGPORT || "5432";
  const name = process.env.PGDATABASE || "app";
  if (!user || !password) throw new Error("PGUSER and PGPASSWORD must be set");
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}/${name}`;
}

async function connect() {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  return client;
}

module.exports = { connect };
