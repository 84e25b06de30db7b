import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url:
      process.env.DATABASE_URL ??
      "postgres://neondb_owner:npg_Hq7uVb2KxT5e@ep-frosty-sun-a2b9x1kq.eu-central-1.aws.neon.tech/neondb?sslmode=require",
  },
});
