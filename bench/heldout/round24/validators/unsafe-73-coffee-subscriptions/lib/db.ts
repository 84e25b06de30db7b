import { Pool } from "pg";

export const pool = new Pool({
  connectionString: "postgresql://postgres.xljtoylfabtczgdbcmib:N8PsUU8nbahheSjF@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
  max: 5,
  ssl: { rejectUnauthorized: false },
});
