import { createClient as makeClient } from "@supabase/supabase-js";

export const adminClient = makeClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_KEY!
);
