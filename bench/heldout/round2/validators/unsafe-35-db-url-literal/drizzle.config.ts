import type { Config } from "drizzle-kit";

export default {
  schema: "./lib/schema.ts",
  out: "./supabase/migrations",
  dialect: "postgresql",
  dbCredentials: {
    url: "postgresql://postgres.qkvzrtplmhxwyanb:Vt8nRq2LxW5mZp9K@aws-0-eu-central-1.pooler.supabase.com:5432/postgres",
  },
} satisfies Config;
