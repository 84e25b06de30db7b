import pg from "pg";

const { Pool } = pg;

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

export const pool = new Pool({
  connectionString: requiredEnv("DATABASE_URL"),
  max: Number(process.env.PG_POOL_MAX ?? 10),
  ssl: process.env.PGSSLMODE === "disable" ? false : { rejectUnauthorized: true },
});

pool.on("error", (err) => {
  console.error("Unexpected idle client error", err);
});

export async function withTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const out = await fn(client);
    await client.query("COMMIT");
    return out;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
