import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "./schema";

const connectionString =
  process.env.DATABASE_URL ??
  "postgresql://postgres.qkvzrtplmhxwyanb:Vt8nRq2LxW5mZp9K@aws-0-eu-central-1.pooler.supabase.com:6543/postgres";

const pool = new Pool({ connectionString });

export const db = drizzle(pool, { schema });
