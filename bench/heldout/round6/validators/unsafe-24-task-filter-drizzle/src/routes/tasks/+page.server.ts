import { redirect } from "@sveltejs/kit";
import { listTasks } from "$lib/server/tasks";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, url }) => {
  if (!locals.user) throw redirect(303, "/login");
  const tasks = await listTasks(locals.user.id, url.searchParams.get("status"));
  return { tasks };
};
