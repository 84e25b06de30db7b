import { error, redirect } from "@sveltejs/kit";
import type { PageServerLoad } from "./$types";
import { db } from "$lib/server/db";

export const load: PageServerLoad = async ({ params, locals }) => {
  if (!locals.user) throw redirect(303, "/login");

  const conversation = await db
    .selectFrom("conversations")
    .select(["id", "subject", "tutor_id", "student_id"])
    .where("id", "=", params.id)
    .executeTakeFirst();
  if (!conversation) throw error(404, "Conversation not found");

  const messages = await db
    .selectFrom("messages")
    .select(["id", "sender_id", "body", "sent_at"])
    .where("conversation_id", "=", params.id)
    .orderBy("sent_at", "asc")
    .execute();

  return { conversation, messages };
};
