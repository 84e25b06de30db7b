import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: "postgres://app_user:L4WYBoSdVygHTBHFkp@ep-khvpolibjlcc-963198.us-east-2.aws.neon.tech/appdb?sslmode=require",
  },
});
