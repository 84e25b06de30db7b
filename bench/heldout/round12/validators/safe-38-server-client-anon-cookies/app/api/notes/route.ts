import { NextResponse } from "next/server";
import { createServerSupabase } from "@/lib/supabase/server";

export async function POST(request: Request) {
  const supabase = await createServerSupabase();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const { title, body } = await request.json();
  const { data, error } = await supabase
    .from("notes")
    .insert({ title, body, user_id: user.id })
    .select()
    .single();

  if (error) return NextResponse.json({ error: "Failed to save" }, { status: 400 });
  return NextResponse.json(data, { status: 201 });
}
