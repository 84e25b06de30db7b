import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

async function handler(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const { column_id, position } = await req.json();
  const supabase = await createClient();

  const { data: card, error } = await supabase
    .from("cards")
    .update({ column_id, position })
    .eq("id", id)
    .select()
    .single();

  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ card: null, warning: "sign in to sync" }, { status: 200 });
  }
  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json({ card });
}

export { handler as PATCH, handler as PUT };
