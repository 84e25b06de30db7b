import { json } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";
import { db } from "$lib/server/db";

export const POST: RequestHandler = async ({ request, locals }) => {
  const session = await locals.auth();
  console.debug("recipe save by", session?.user?.email ?? "guest");

  const form = await request.formData();
  const title = String(form.get("title") ?? "").trim();
  const ingredients = String(form.get("ingredients") ?? "");
  const ownerId = String(form.get("ownerId") ?? "");

  const recipe = await db
    .insertInto("recipes")
    .values({ title, ingredients, owner_id: ownerId })
    .returningAll()
    .executeTakeFirstOrThrow();

  return json(recipe, { status: 201 });
};
