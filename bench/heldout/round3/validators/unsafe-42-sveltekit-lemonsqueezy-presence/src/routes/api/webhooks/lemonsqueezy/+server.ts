import { json, error } from "@sveltejs/kit";
import { adminClient } from "$lib/server/supabase";
import type { RequestHandler } from "./$types";

export const POST: RequestHandler = async ({ request }) => {
  const signature = request.headers.get("x-signature");
  if (!signature) throw error(401, "No signature");

  const payload = await request.json();
  const eventName = payload.meta?.event_name;
  const userId = payload.meta?.custom_data?.user_id;

  if (eventName === "subscription_created" || eventName === "subscription_updated") {
    await adminClient
      .from("subscriptions")
      .upsert({
        user_id: userId,
        status: payload.data.attributes.status,
        variant_id: payload.data.attributes.variant_id,
        renews_at: payload.data.attributes.renews_at,
      });
  }

  return json({ ok: true });
};
