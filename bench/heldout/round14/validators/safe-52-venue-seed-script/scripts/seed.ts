import { createClient } from "@supabase/supabase-js";
import { faker } from "@faker-js/faker";

const admin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

async function main() {
  const rows = Array.from({ length: 25 }, () => ({
    name: faker.company.name(),
    city: faker.location.city(),
    rating: faker.number.int({ min: 1, max: 5 }),
  }));
  const { error } = await admin.from("venues").insert(rows);
  if (error) throw error;
  console.log(`seeded ${rows.length} venues`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
