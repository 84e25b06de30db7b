import { Pool } from "pg";

const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error("DATABASE_URL is not set");
}

const parsed = new URL(url);
console.info(`db: connecting to ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`);

export const pool = new Pool({ connectionString: url, max: 10, ssl: { rejectUnauthorized: true } });
