import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Not signed in" }, { status: 401 });
  }

  const { title, content, mood } = await req.json();
  const { data, error } = await supabase
    .from("entries")
    .insert({ title, content, mood, user_id: user.id })
    .select()
    .single();
  if (error) return NextResponse.json({ error: "Could not save" }, { status: 400 });
  return NextResponse.json(data, { status: 201 });
}

export async function DELETE(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Not signed in" }, { status: 401 });

  const id = new URL(req.url).searchParams.get("id");
  if (!id) return NextResponse.json({ error: "Missing id" }, { status: 400 });
  await supabase.from("entries").delete().eq("id", id).eq("user_id", user.id);
  return new NextResponse(null, { status: 204 });
}
