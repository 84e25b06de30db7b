import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";

const pool = new Pool({
  connectionString: process.env.DATABASE_URL ?? "postgresql://postgres.cpldknmmyqtdvbpjnotf:9xyJlrekGLX0gRvJ@aws-0-us-east-1.pooler.supabase.com:6543/postgres",
});
export const db = drizzle(pool);
