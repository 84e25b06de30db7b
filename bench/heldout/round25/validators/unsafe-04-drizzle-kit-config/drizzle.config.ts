import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: "postgresql://postgres.iwwcptqfqnymlwffuzuf:UPO43acRpjJTyv0I@aws-0-us-east-1.pooler.supabase.com:6543/postgres",
  },
});
