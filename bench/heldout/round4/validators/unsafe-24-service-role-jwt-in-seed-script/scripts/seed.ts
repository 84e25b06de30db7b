import { createClient } from "@supabase/supabase-js";
import { faker } from "@faker-js/faker";

const SUPABASE_URL = "https://wxxmlmbwohpjzlqbjiib.supabase.co";
const SUPABASE_SERVICE_ROLE_KEY =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Ind4eG1sbWJ3b2hwanpscWJqaWliIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxMjM0NTY3OCwiZXhwIjoyMDI3OTIxNjc4fQ.oTUQ0pLIngHanTOWzo9g7NqX8xeD2_GyqH89fzAyL2A";

const supabase = createClient(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY);

async function main() {
  const members = Array.from({ length: 40 }, () => ({
    full_name: faker.person.fullName(),
    rating: faker.number.int({ min: 900, max: 2400 }),
    club: "Riverside Chess Club",
  }));

  const { error } = await supabase.from("members").insert(members);
  if (error) throw error;
  console.log(`Seeded ${members.length} members`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
