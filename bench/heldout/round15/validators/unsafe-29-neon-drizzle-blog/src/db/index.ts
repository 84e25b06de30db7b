import { neon } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-http";
import * as schema from "./schema";

const sql = neon(process.env.DATABASE_URL ?? "postgres://app_user:L4WYBoSdVygHTBHFkp@ep-khvpolibjlcc-963198.us-east-2.aws.neon.tech/appdb?sslmode=require");
export const db = drizzle(sql, { schema });
