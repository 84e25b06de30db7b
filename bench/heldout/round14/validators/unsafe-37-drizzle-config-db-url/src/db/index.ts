import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "./schema";

const pool = new Pool({
  connectionString:
    process.env.DATABASE_URL ??
    "postgresql://postgres.ionpfidsfbmnaccozrmr:09KZWC718OI1Emetbt@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
});

export const db = drizzle(pool, { schema });
