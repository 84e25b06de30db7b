import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

const connectionString = process.env.DATABASE_URL ?? "postgresql://postgres.msvkmnnwvcdtcvqvhrcz:oCgz300c9ejGZxq54ouWO3@aws-0-eu-central-1.pooler.supabase.com:6543/postgres";

export const client = postgres(connectionString, { prepare: false });
export const db = drizzle(client, { schema });
