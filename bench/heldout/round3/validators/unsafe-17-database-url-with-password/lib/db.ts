import { Pool } from "pg";

const connectionString =
  process.env.DATABASE_URL ??
  "postgresql://postgres.kxqwzrtbnmlpaodf:GJdtQQwLgnQtVKfMTfCW@aws-0-eu-central-1.pooler.supabase.com:6543/postgres";

export const pool = new Pool({
  connectionString,
  ssl: { rejectUnauthorized: false },
  max: 10,
});

export async function query<T = any>(text: string, params: unknown[] = []) {
  const res = await pool.query(text, params);
  return res.rows as T[];
}
