import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

const url =
  process.env.DATABASE_URL ??
  (process.env.NODE_ENV === "development" ? "postgres://localhost:5432/reports_dev" : undefined);

if (!url) throw new Error("DATABASE_URL is required");

const client = postgres(url, { max: 10 });
export const db = drizzle(client, { schema });
