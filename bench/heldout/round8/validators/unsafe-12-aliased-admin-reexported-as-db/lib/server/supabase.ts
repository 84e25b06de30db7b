import { createClient as makeClient } from "@supabase/supabase-js";

const { NEXT_PUBLIC_SUPABASE_URL: url, SUPABASE_SERVICE_ROLE_KEY: secret } = process.env;

export const adminDb = makeClient(url as string, secret as string, {
  auth: { persistSession: false },
});
