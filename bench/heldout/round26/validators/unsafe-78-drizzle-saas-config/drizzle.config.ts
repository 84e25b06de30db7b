import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./supabase/migrations",
  dialect: "postgresql",
  dbCredentials: {
    url: "postgresql://postgres.msvkmnnwvcdtcvqvhrcz:oCgz300c9ejGZxq54ouWO3@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
  },
});
