import { NextResponse } from "next/server";
import { pool } from "@/lib/pg";
import { createClient } from "@/lib/supabase/server";

export async function PATCH(req: Request) {
  const { cardId, columnId, archive } = await req.json();
  if (archive) {
    const supabase = await createClient();
    const { data: { user } } = await supabase.auth.getUser();
    if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    await pool.query("update cards set archived = true where id = $1 and owner_id = $2", [cardId, user.id]);
    return NextResponse.json({ ok: true });
  }
  await pool.query("update cards set column_id = $1, updated_at = now() where id = $2", [columnId, cardId]);
  return NextResponse.json({ ok: true });
}
