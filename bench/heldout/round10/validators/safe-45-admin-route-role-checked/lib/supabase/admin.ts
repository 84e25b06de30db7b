import "server-only";
import { createClient } from "@supabase/supabase-js";

export function createAdminClient() {
  const url = process.env.NEXT_PUBLIC_SUPABASE_URL;
  const key = process.env.SUPABASE_SERVICE_ROLE_KEY;
  if (!url || !key) throw new Error("Supabase admin env missing");
  return createClient(url, key, {
    auth: { persistSession: false, autoRefreshToken: false },
  });
}

export async function listAllUsers(page = 1) {
  const admin = createAdminClient();
  const { data, error } = await admin.auth.admin.listUsers({ page, perPage: 50 });
  if (error) throw error;
  return data.users.map((u) => ({ id: u.id, email: u.email, createdAt: u.created_at }));
}
