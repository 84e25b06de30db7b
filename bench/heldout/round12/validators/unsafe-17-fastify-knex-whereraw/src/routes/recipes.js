import { knex } from "../db.js";

export default async function recipes(fastify) {
  fastify.get("/recipes", async (request) => {
    const { term = "", tag, page = 1 } = request.query;
    const perPage = 24;

    const query = knex("recipes")
      .select("id", "title", "slug", "cook_minutes", "cover_url")
      .where("published", true)
      .whereRaw(`(title ilike '%${term}%' or ingredients_text ilike '%${term}%')`)
      .orderBy("created_at", "desc")
      .limit(perPage)
      .offset((Number(page) - 1) * perPage);

    if (tag) {
      query.whereExists(function () {
        this.select(1)
          .from("recipe_tags")
          .whereRaw("recipe_tags.recipe_id = recipes.id")
          .andWhere("recipe_tags.tag", tag);
      });
    }

    const items = await query;
    return { items, page: Number(page) };
  });

  fastify.get("/recipes/:slug", async (request, reply) => {
    const recipe = await knex("recipes").where({ slug: request.params.slug, published: true }).first();
    if (!recipe) return reply.code(404).send({ error: "Not found" });
    return recipe;
  });
}
