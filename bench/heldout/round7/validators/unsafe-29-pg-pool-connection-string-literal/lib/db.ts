import { Pool } from "pg";

// Supabase direct connection (pooler was giving "prepared statement" errors)
const pool = new Pool({
  connectionString:
    "postgresql://postgres.qzkvmbnxtrplwoeahfcd:Tq8%23vLm2pXz9Rw@aws-0-eu-central-1.pooler.supabase.com:5432/postgres",
  max: 5,
});

export async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const { rows } = await pool.query(text, params);
  return rows as T[];
}
