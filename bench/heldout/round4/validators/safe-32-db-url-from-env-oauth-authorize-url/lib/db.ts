import { Pool } from "pg";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is not set");

const parsed = new URL(databaseUrl);
console.info(`[db] connecting to ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`);

export const pool = new Pool({ connectionString: databaseUrl, max: 10 });
