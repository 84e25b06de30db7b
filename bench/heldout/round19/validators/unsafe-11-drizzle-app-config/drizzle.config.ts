import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres.cpldknmmyqtdvbpjnotf:9xyJlrekGLX0gRvJ@aws-0-us-east-1.pooler.supabase.com:6543/postgres",
  },
});
