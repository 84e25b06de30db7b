import type { NextApiRequest, NextApiResponse } from "next";
import { createClient } from "@supabase/supabase-js";

const { NEXT_PUBLIC_SUPABASE_URL: url, SUPABASE_SERVICE_ROLE_KEY: key } = process.env;

const sb = createClient(url as string, key as string, {
  auth: { persistSession: false },
});

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const page = Number(req.query.page ?? 1);

  const { data, error } = await sb.auth.admin.listUsers({ page, perPage: 50 });
  if (error) {
    return res.status(500).json({ error: error.message });
  }

  const members = data.users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.user_metadata?.full_name ?? null,
    lastSignIn: u.last_sign_in_at,
  }));

  if (req.method === "DELETE" && typeof req.query.id === "string") {
    await sb.auth.admin.deleteUser(req.query.id);
    return res.status(204).end();
  }

  res.status(200).json({ members });
}
