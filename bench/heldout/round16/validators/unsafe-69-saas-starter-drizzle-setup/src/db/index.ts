import { neon } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-http";
import * as schema from "./schema";

const sql = neon("postgres://app_user:xJ4YvF8ipO7OZqc59xtG@ep-kzxbbgbcvvai.us-east-2.aws.neon.tech/appdb?sslmode=require");
export const db = drizzle(sql, { schema });
