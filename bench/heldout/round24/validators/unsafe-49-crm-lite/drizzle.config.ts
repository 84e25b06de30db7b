import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: "postgresql://postgres.xljtoylfabtczgdbcmib:N8PsUU8nbahheSjF@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
  },
});
