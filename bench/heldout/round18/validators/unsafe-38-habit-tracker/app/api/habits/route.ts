import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const supabase = await createClient();
  await supabase.auth.getUser();
  const { name, targetPerWeek, userId } = await req.json();

  const { data, error } = await supabase
    .from("habits")
    .insert({ name, target_per_week: targetPerWeek, user_id: userId })
    .select()
    .single();

  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json(data, { status: 201 });
}

export async function DELETE(req: Request) {
  const supabase = await createClient();
  const { data: _session } = await supabase.auth.getUser();
  const id = new URL(req.url).searchParams.get("id");
  await supabase.from("habits").delete().eq("id", id);
  return new NextResponse(null, { status: 204 });
}
