/**
 * Seeds demo data for local development.
 * Usage: SUPABASE_SERVICE_ROLE_KEY=... npx tsx scripts/seed.ts
 */
import { createClient } from "@supabase/supabase-js";
import { faker } from "@faker-js/faker";

const url = process.env.SUPABASE_URL ?? "http://127.0.0.1:54321";
const serviceKey = process.env.SUPABASE_SERVICE_ROLE_KEY;

if (!serviceKey) {
  console.error("Set SUPABASE_SERVICE_ROLE_KEY to run the seed script");
  process.exit(1);
}

const admin = createClient(url, serviceKey, { auth: { persistSession: false } });

async function main() {
  const { data: created, error } = await admin.auth.admin.createUser({
    email: "demo@example.com",
    password: faker.internet.password({ length: 24 }),
    email_confirm: true,
  });
  if (error) throw error;

  const recipes = Array.from({ length: 20 }, () => ({
    author_id: created.user.id,
    title: faker.food.dish(),
    description: faker.food.description(),
    published: true,
  }));
  const { error: insertError } = await admin.from("recipes").insert(recipes);
  if (insertError) throw insertError;
  console.log("Seeded", recipes.length, "recipes");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
