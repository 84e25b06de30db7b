import { Pool } from "pg";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing env var ${name}`);
  return value;
}

const user = required("PGUSER");
const password = encodeURIComponent(required("PGPASSWORD"));
const host = required("PGHOST");
const database = process.env.PGDATABASE ?? "app";

export const pool = new Pool({
  connectionString: `postgres://${user}:${password}@${host}:5432/${database}`,
  max: 10,
});
