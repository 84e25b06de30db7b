#!/usr/bin/env tsx
import { createClient } from "@supabase/supabase-js";
import { faker } from "@faker-js/faker";

const url = process.env.SUPABASE_URL ?? "http://127.0.0.1:54321";
const serviceRoleKey = process.env.SUPABASE_SERVICE_ROLE_KEY;

if (!serviceRoleKey) {
  console.error("Set SUPABASE_SERVICE_ROLE_KEY (see `supabase status`)");
  process.exit(1);
}

const supabase = createClient(url, serviceRoleKey, { auth: { persistSession: false } });

async function main() {
  faker.seed(42);
  const { data: created, error } = await supabase.auth.admin.createUser({
    email: "demo@example.com",
    password: "demo-password-123",
    email_confirm: true,
  });
  if (error) throw error;

  const recipes = Array.from({ length: 12 }, () => ({
    author_id: created.user.id,
    title: faker.food.dish(),
    summary: faker.food.description(),
    published: true,
  }));
  const { error: insErr } = await supabase.from("recipes").insert(recipes);
  if (insErr) throw insErr;
  console.log(`seeded ${recipes.length} recipes`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
