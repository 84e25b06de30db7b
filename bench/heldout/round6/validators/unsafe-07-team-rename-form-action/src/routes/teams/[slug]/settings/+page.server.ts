import { fail } from "@sveltejs/kit";
import { eq } from "drizzle-orm";
import { db } from "$lib/server/db";
import { teams } from "$lib/server/db/schema";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ params }) => {
  const team = await db.query.teams.findFirst({ where: eq(teams.slug, params.slug) });
  return { team };
};

export const actions: Actions = {
  rename: async ({ request, locals }) => {
    const { session } = await locals.safeGetSession();
    const form = await request.formData();
    const teamId = form.get("teamId") as string;
    const name = (form.get("name") as string)?.trim();

    if (!name) return fail(400, { message: "Name is required" });

    await db.update(teams).set({ name }).where(eq(teams.id, teamId));
    return { success: true, by: session?.user.email };
  },
};
