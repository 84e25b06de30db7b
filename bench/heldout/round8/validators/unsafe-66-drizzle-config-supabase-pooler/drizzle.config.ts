import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: "postgresql://postgres.xqmvtbnrklwpdzfa:HSRUSPL4DvDgWjXl@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
  },
  strict: true,
});
