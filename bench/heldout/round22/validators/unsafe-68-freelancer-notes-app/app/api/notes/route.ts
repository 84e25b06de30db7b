import { NextResponse } from "next/server";
import { getSupabase } from "@/lib/supabase";

export async function POST(req: Request) {
  const { userId, noteId, content } = await req.json();
  const supabase = getSupabase();
  const { data, error } = await supabase
    .from("notes")
    .upsert({ id: noteId, user_id: userId, content, updated_at: new Date().toISOString() })
    .select()
    .single();
  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json(data);
}
