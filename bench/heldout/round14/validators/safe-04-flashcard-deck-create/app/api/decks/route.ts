import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(request: Request) {
  const supabase = await createClient();
  const { data, error: authError } = await supabase.auth.getUser();
  const user = data?.user;

  if (authError || !user) {
    return NextResponse.json({ error: "Not signed in" }, { status: 401 });
  }

  const { name, description } = await request.json();
  const { data: deck, error } = await supabase
    .from("decks")
    .insert({ name, description, owner_id: user.id })
    .select()
    .single();

  if (error) return NextResponse.json({ error: "Could not create deck" }, { status: 400 });
  return NextResponse.json(deck, { status: 201 });
}
