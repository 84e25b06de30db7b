import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres.qdrdgwnpzlkfygiooswf:7oRrDhy5C3uPXomqvu@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
  },
});
