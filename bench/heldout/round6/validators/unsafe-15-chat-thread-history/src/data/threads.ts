import { knex } from "./knex";

export async function getThreadWithMessages(threadId: string) {
  const thread = await knex("threads").where({ id: threadId }).first();
  if (!thread) return null;
  const messages = await knex("messages")
    .where({ thread_id: threadId })
    .orderBy("created_at", "asc");
  return { ...thread, messages };
}
