import { NextResponse } from "next/server";
import { requireUser, UnauthorizedError } from "@/lib/auth";

export async function POST(req: Request) {
  try {
    const { user, supabase } = await requireUser();
    const { deckId, front, back } = await req.json();

    const { data, error } = await supabase
      .from("cards")
      .insert({ deck_id: deckId, front, back, user_id: user.id })
      .select()
      .single();
    if (error) throw error;
    return NextResponse.json(data, { status: 201 });
  } catch (e) {
    if (e instanceof UnauthorizedError) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    return NextResponse.json({ error: "Server error" }, { status: 500 });
  }
}
