import { afterAll, beforeAll } from "vitest";
import { Client } from "pg";

process.env.DATABASE_URL ??= "postgresql://postgres:postgres@127.0.0.1:54322/postgres";

const client = new Client({ connectionString: process.env.DATABASE_URL });

beforeAll(async () => {
  await client.connect();
  await client.query("begin");
});

afterAll(async () => {
  await client.query("rollback");
  await client.end();
});

export { client };
