import { timingSafeEqual } from "node:crypto";
import { createClient } from "@supabase/supabase-js";

function same(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event);
  const given = getHeader(event, "authorization") ?? "";
  if (!config.cronSecret || !same(given, `Bearer ${config.cronSecret}`)) {
    throw createError({ statusCode: 401, statusMessage: "Unauthorized" });
  }

  const db = createClient(config.public.supabaseUrl, config.supabaseServiceKey);
  const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const { count } = await db
    .from("digest_queue")
    .update({ sent_at: new Date().toISOString() }, { count: "exact" })
    .is("sent_at", null)
    .lt("created_at", since);

  return { processed: count ?? 0 };
});
