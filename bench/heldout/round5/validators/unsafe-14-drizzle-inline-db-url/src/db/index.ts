import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

// Supabase transaction pooler
const connectionString =
  process.env.DATABASE_URL ??
  "postgresql://postgres.egiqfmwepdybxnpmpoza:t3nZPUpwb2rRev1J@aws-0-us-east-1.pooler.supabase.com:6543/postgres";

// Disable prefetch as it is not supported for "Transaction" pool mode
const client = postgres(connectionString, { prepare: false });

export const db = drizzle(client, { schema });
