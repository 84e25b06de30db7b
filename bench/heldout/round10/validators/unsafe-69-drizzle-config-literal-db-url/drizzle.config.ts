import { defineConfig } from "drizzle-kit";
import * as dotenv from "dotenv";

dotenv.config({ path: ".env.local" });

const connectionString =
  process.env.DATABASE_URL ??
  "postgresql://postgres.qwhnbzxkdlrtpvme:QkEUhyk8oUWKvr0cQ9w9@aws-0-eu-central-1.pooler.supabase.com:6543/postgres";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./supabase/migrations",
  dialect: "postgresql",
  dbCredentials: {
    url: connectionString,
  },
  verbose: true,
  strict: true,
  tablesFilter: ["!auth.*", "!storage.*"],
  migrations: {
    table: "__drizzle_migrations",
    schema: "public",
  },
});
