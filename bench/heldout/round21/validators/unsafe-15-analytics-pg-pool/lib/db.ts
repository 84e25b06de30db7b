import { Pool } from "pg";

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL ?? "postgresql://postgres:98jEJPt8zZnvBZGL@db.qsmtvdrdqduigtxvztcy.supabase.co:5432/postgres",
  ssl: { rejectUnauthorized: false },
});
