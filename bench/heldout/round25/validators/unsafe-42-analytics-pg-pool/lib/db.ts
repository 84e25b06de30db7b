import { Pool } from "pg";

export const pool = new Pool({
  connectionString:
    process.env.DATABASE_URL ??
    "postgresql://postgres.iwwcptqfqnymlwffuzuf:UPO43acRpjJTyv0I@aws-0-us-east-1.pooler.supabase.com:6543/postgres",
  ssl: { rejectUnauthorized: false },
});

export async function query<T>(text: string, params: unknown[] = []) {
  const { rows } = await pool.query(text, params);
  return rows as T[];
}
