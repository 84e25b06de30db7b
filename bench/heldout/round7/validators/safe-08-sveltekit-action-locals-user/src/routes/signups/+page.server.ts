import { fail } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals }) => {
  const { data } = await locals.supabase.from("volunteer_slots").select("id, label, taken_by");
  return { slots: data ?? [] };
};

export const actions: Actions = {
  claim: async ({ request, locals }) => {
    const { user } = await locals.safeGetSession();
    if (!user) return fail(401, { message: "Please sign in" });

    const form = await request.formData();
    const slotId = form.get("slotId");
    if (typeof slotId !== "string") return fail(400, { message: "Missing slot" });

    const { error } = await locals.supabase
      .from("volunteer_slots")
      .update({ taken_by: user.id })
      .eq("id", slotId)
      .is("taken_by", null);
    if (error) return fail(500, { message: "Could not claim slot" });
    return { success: true };
  },
};
