import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: "postgres://postgres.cdjkuerkbfqwpuwhvizd:CYjMV3EjRAP56H6z@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
  },
  schemaFilter: ["public"],
  verbose: true,
  strict: true,
  migrations: {
    table: "__drizzle_migrations",
    schema: "public",
  },
});
