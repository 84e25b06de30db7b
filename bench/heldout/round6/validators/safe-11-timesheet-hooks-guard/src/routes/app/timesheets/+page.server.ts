import { fail, error } from "@sveltejs/kit";
import type { Actions } from "./$types";

export const actions: Actions = {
  log: async ({ request, locals: { supabase, user } }) => {
    if (!user) throw error(401, "Not signed in");
    const form = await request.formData();
    const hours = Number(form.get("hours"));
    if (!(hours > 0 && hours <= 24)) return fail(400, { message: "Hours must be between 0 and 24" });

    const { error: dbError } = await supabase.from("timesheet_entries").insert({
      user_id: user.id,
      project_id: String(form.get("projectId")),
      hours,
      worked_on: String(form.get("date")),
    });
    if (dbError) return fail(400, { message: "Could not save entry" });
    return { saved: true };
  },
};
