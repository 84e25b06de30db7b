import { knex } from "./db.js";

export async function findSubscriber(email) {
  return knex("subscribers")
    .select("id", "email", "status", "created_at")
    .whereRaw("lower(email) = lower(?)", [email])
    .first();
}

export async function countByDomain(domain) {
  const [{ n }] = await knex("subscribers")
    .whereRaw("split_part(email, '@', 2) = ?", [domain])
    .count({ n: "*" });
  return Number(n);
}
