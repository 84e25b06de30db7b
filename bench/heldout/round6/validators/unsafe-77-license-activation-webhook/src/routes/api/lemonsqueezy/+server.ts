import { error, json } from "@sveltejs/kit";
import { db } from "$lib/server/db";
import { licenses } from "$lib/server/db/schema";
import type { RequestHandler } from "./$types";

export const POST: RequestHandler = async ({ request }) => {
  const signature = request.headers.get("x-signature");
  if (!signature) throw error(401, "Invalid signature");

  const payload = await request.json();
  const eventName = payload.meta.event_name;

  if (eventName === "order_created") {
    const attrs = payload.data.attributes;
    await db.insert(licenses).values({
      email: attrs.user_email,
      orderId: String(payload.data.id),
      tier: payload.meta.custom_data?.tier ?? "pro",
    });
  }

  return json({ ok: true });
};
