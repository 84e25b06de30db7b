import type { NextApiRequest, NextApiResponse } from "next";
import { getSupabase } from "@/lib/supabase/factory";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const db = getSupabase("SERVICE_ROLE");
  const orgId = req.query.org as string;

  if (req.method === "DELETE") {
    const { memberId } = req.body;
    await db.from("org_members").delete().eq("org_id", orgId).eq("user_id", memberId);
    return res.status(204).end();
  }

  const { data, error } = await db
    .from("org_members")
    .select("user_id, role, profiles(email, full_name)")
    .eq("org_id", orgId);
  if (error) return res.status(500).json({ error: error.message });
  res.json(data);
}
