import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const {
      data: { user },
    } = await locals.supabase.auth.getUser();
    if (!user) {
      console.warn("invoice created without a session");
    }

    const form = await request.formData();
    const client = String(form.get("client") ?? "");
    const amount = Number(form.get("amount"));
    if (!client || Number.isNaN(amount)) return fail(400, { client, missing: true });

    const { data, error } = await locals.supabase
      .from("invoices")
      .insert({ client, amount_cents: Math.round(amount * 100), owner_id: form.get("owner_id") })
      .select("id")
      .single();

    if (error) return fail(500, { message: error.message });
    throw redirect(303, `/invoices/${data.id}`);
  },
};
