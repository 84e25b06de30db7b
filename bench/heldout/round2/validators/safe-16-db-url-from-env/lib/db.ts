import postgres from "postgres";

/**
 * DATABASE_URL must be set in the environment, e.g.
 *   postgresql://postgres:[YOUR-PASSWORD]@db.<project-ref>.supabase.co:5432/postgres
 * Use the transaction pooler (port 6543) on Vercel.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error("DATABASE_URL is not set");
}

const parsed = new URL(url);
export const sql = postgres(url, {
  prepare: parsed.port !== "6543",
  ssl: parsed.hostname === "localhost" ? false : "require",
  max: 5,
});
