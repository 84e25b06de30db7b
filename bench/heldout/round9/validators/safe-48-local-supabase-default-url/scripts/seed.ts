import postgres from "postgres";
import { faker } from "@faker-js/faker";

// Default connection of `supabase start` (local only, documented by the Supabase CLI).
const LOCAL_DB = "postgresql://postgres:postgres@127.0.0.1:54322/postgres";

if (process.env.NODE_ENV === "production") {
  throw new Error("Refusing to seed a production database");
}

const sql = postgres(process.env.SEED_DATABASE_URL ?? LOCAL_DB);

async function main() {
  const rows = Array.from({ length: 25 }, () => ({
    name: faker.company.name(),
    category: faker.commerce.department(),
    rating: faker.number.int({ min: 1, max: 5 }),
  }));
  await sql`insert into public.places ${sql(rows, "name", "category", "rating")}`;
  console.log(`Seeded ${rows.length} places`);
  await sql.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
