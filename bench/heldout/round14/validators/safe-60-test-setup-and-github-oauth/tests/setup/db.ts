import postgres from "postgres";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://localhost:5432/app_test";

export const sql = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });

export async function truncateAll() {
  await sql`truncate table bookings, slots restart identity cascade`;
}
