import { Client } from "pg";

// Local Supabase started with `supabase start`; these are the CLI's default dev credentials.
export const LOCAL_DB_URL = "postgresql://postgres:postgres@127.0.0.1:54322/postgres";

export async function resetDatabase() {
  const client = new Client({ connectionString: LOCAL_DB_URL });
  await client.connect();
  try {
    await client.query("truncate public.bookings, public.slots restart identity cascade");
  } finally {
    await client.end();
  }
}
