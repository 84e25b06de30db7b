import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: "postgresql://postgres.evmqvjedqnztfewyffxr:ALi4Cqoop4hGFkK0Af@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
  },
});
