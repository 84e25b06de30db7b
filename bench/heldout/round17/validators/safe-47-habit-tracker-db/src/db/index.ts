import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

const url = process.env.DATABASE_URL ?? "postgres://localhost:5432/habits_dev";
const client = postgres(url, { max: 10 });

export const db = drizzle(client, { schema });
