import { fail, redirect } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ params, locals: { supabase } }) => {
  const { data: reviews } = await supabase
    .from("reviews")
    .select("id, rating, body, created_at")
    .eq("product_id", params.productId)
    .order("created_at", { ascending: false });
  return { reviews: reviews ?? [] };
};

export const actions: Actions = {
  default: async ({ request, params, locals: { supabase, safeGetSession } }) => {
    const { user } = await safeGetSession();
    if (!user) {
      return fail(401, { message: "Please sign in to leave a review" });
    }

    const form = await request.formData();
    const rating = Number(form.get("rating"));
    const body = String(form.get("body") ?? "").trim();

    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      return fail(400, { message: "Rating must be 1-5", body });
    }

    const { error } = await supabase.from("reviews").upsert(
      { product_id: params.productId, user_id: user.id, rating, body },
      { onConflict: "product_id,user_id" }
    );
    if (error) return fail(500, { message: "Could not save review" });

    redirect(303, `/reviews/${params.productId}`);
  },
};
