import { Client } from "pg";

export function testDatabaseUrl() {
  const host = process.env.PGHOST ?? "localhost";
  const port = process.env.PGPORT ?? "5432";
  const db = process.env.PGDATABASE ?? "app_test";
  const user = encodeURIComponent(process.env.PGUSER ?? "");
  const pass = encodeURIComponent(process.env.PGPASSWORD ?? "");
  return `postgres://${user}:${pass}@${host}:${port}/${db}`;
}

export async function withClient<T>(fn: (c: Client) => Promise<T>) {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
