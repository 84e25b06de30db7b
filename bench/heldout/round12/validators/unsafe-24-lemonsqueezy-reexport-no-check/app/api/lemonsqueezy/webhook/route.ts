import { createClient } from "@supabase/supabase-js";

const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

type LemonEvent = {
  meta: { event_name: string; custom_data?: { user_id?: string } };
  data: { id: string; attributes: { status: string; variant_name: string; renews_at: string | null } };
};

async function handler(request: Request) {
  const event = (await request.json()) as LemonEvent;
  const userId = event.meta.custom_data?.user_id;
  if (!userId) {
    return Response.json({ ignored: true });
  }

  if (event.meta.event_name === "subscription_created" || event.meta.event_name === "subscription_updated") {
    await admin
      .from("subscriptions")
      .upsert({
        user_id: userId,
        provider_id: event.data.id,
        status: event.data.attributes.status,
        plan: event.data.attributes.variant_name,
        renews_at: event.data.attributes.renews_at,
      }, { onConflict: "user_id" });
  }

  if (event.meta.event_name === "subscription_cancelled") {
    await admin.from("subscriptions").update({ status: "cancelled" }).eq("user_id", userId);
  }

  return Response.json({ ok: true });
}

export { handler as POST };
