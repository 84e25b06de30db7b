import { error, fail, redirect } from "@sveltejs/kit";
import { eq } from "drizzle-orm";
import { db } from "$lib/server/db";
import { boards, cards } from "$lib/server/db/schema";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ params, locals }) => {
  const { session } = await locals.safeGetSession();
  if (!session) redirect(303, "/login");

  const board = await db.query.boards.findFirst({
    where: eq(boards.id, params.id),
    with: { cards: true },
  });
  if (!board) error(404, "Board not found");
  return { board };
};

export const actions: Actions = {
  rename: async ({ request, params }) => {
    const data = await request.formData();
    const name = String(data.get("name") ?? "").trim();
    if (!name) return fail(400, { name, missing: true });
    await db.update(boards).set({ name }).where(eq(boards.id, params.id));
    return { success: true };
  },
  delete: async ({ params }) => {
    await db.delete(cards).where(eq(cards.boardId, params.id));
    await db.delete(boards).where(eq(boards.id, params.id));
    redirect(303, "/boards");
  },
};
