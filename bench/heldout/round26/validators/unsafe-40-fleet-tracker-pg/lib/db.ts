import { Pool } from "pg";

export const pool = new Pool({
  connectionString: "postgresql://postgres:8cGfCEHuDB8s5ie4vczt@db.msvkmnnwvcdtcvqvhrcz.supabase.co:5432/postgres",
  max: 10,
  idleTimeoutMillis: 30_000,
  ssl: { rejectUnauthorized: false },
});

export async function query<T = unknown>(text: string, params: unknown[] = []) {
  const { rows } = await pool.query(text, params);
  return rows as T[];
}
