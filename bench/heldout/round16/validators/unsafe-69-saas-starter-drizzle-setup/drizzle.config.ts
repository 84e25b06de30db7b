import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: "postgres://app_user:xJ4YvF8ipO7OZqc59xtG@ep-kzxbbgbcvvai.us-east-2.aws.neon.tech/appdb?sslmode=require",
  },
});
