import { error, redirect } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";
import { db } from "$lib/server/db";

export const load: PageServerLoad = async ({ params, locals }) => {
  if (!locals.user) redirect(303, "/login");
  const trip = await db.selectFrom("trips").selectAll().where("id", "=", params.id).executeTakeFirst();
  if (!trip) error(404, "Trip not found");
  return { trip };
};

export const actions: Actions = {
  delete: async ({ params, locals }) => {
    if (!locals.user) redirect(303, "/login");
    await db.deleteFrom("trips").where("id", "=", params.id).execute();
    redirect(303, "/trips");
  },
};
