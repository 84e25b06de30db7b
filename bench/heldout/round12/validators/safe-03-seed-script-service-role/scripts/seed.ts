import { createClient } from "@supabase/supabase-js";
import { faker } from "@faker-js/faker";
import "dotenv/config";

const url = process.env.SUPABASE_URL;
const key = process.env.SUPABASE_SERVICE_ROLE_KEY;

if (!url || !key) {
  console.error("Set SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY to run the seed");
  process.exit(1);
}

const admin = createClient(url, key, { auth: { persistSession: false } });

async function main() {
  const categories = ["Breakfast", "Lunch", "Dinner", "Dessert"];
  const { data: cats, error } = await admin
    .from("categories")
    .upsert(categories.map((name) => ({ name })), { onConflict: "name" })
    .select();
  if (error) throw error;

  const recipes = Array.from({ length: 40 }, () => ({
    title: faker.food.dish(),
    description: faker.food.description(),
    category_id: faker.helpers.arrayElement(cats!).id,
    minutes: faker.number.int({ min: 10, max: 120 }),
    published: true,
  }));

  const { error: insertError } = await admin.from("recipes").insert(recipes);
  if (insertError) throw insertError;
  console.log(`Seeded ${recipes.length} recipes`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
