import { Pool } from "pg";

const connectionString =
  process.env.DATABASE_URL ??
  "postgres://app_admin:Vq8mT2zR4kPwL9xs@db.prod-eu.tallyhq.net:5432/tally";

export const pool = new Pool({
  connectionString,
  max: 10,
  ssl: { rejectUnauthorized: false },
});
