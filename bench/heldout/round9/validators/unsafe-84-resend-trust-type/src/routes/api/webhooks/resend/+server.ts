import { json } from "@sveltejs/kit";
import { db } from "$lib/server/db";
import { subscribers } from "$lib/server/db/schema";
import { eq } from "drizzle-orm";
import type { RequestHandler } from "./$types";

type ResendEvent = {
  type: "email.delivered" | "email.bounced" | "email.complained" | "email.opened";
  created_at: string;
  data: { email_id: string; to: string[]; subject: string };
};

export const POST: RequestHandler = async ({ request }) => {
  const event = (await request.json()) as ResendEvent;

  if (!event?.type || !event.data?.to) {
    return json({ error: "Invalid payload" }, { status: 400 });
  }

  if (event.type === "email.bounced" || event.type === "email.complained") {
    for (const address of event.data.to) {
      await db
        .update(subscribers)
        .set({ status: event.type === "email.bounced" ? "bounced" : "unsubscribed" })
        .where(eq(subscribers.email, address.toLowerCase()));
    }
  }

  return json({ received: true });
};
