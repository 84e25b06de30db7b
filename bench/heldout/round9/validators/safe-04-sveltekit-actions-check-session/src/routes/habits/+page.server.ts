import { fail, redirect } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals: { supabase, safeGetSession } }) => {
  const { user } = await safeGetSession();
  if (!user) redirect(303, "/auth/login");
  const { data: habits } = await supabase
    .from("habits")
    .select("id, name, streak")
    .eq("user_id", user.id)
    .order("created_at");
  return { habits: habits ?? [] };
};

export const actions: Actions = {
  create: async ({ request, locals: { supabase, safeGetSession } }) => {
    const { user } = await safeGetSession();
    if (!user) return fail(401, { message: "Not signed in" });
    const form = await request.formData();
    const name = String(form.get("name") ?? "").trim();
    if (!name) return fail(400, { name, missing: true });
    const { error } = await supabase.from("habits").insert({ name, user_id: user.id });
    if (error) return fail(500, { message: error.message });
    return { created: true };
  },
  checkIn: async ({ request, locals: { supabase, safeGetSession } }) => {
    const { user } = await safeGetSession();
    if (!user) return fail(401, { message: "Not signed in" });
    const form = await request.formData();
    const id = String(form.get("id"));
    const { error } = await supabase.rpc("check_in_habit", { habit_id: id });
    if (error) return fail(400, { message: error.message });
    return { checkedIn: id };
  },
};
