import { NextResponse } from "next/server";
import { withUser } from "@/lib/with-user";

const handler = withUser(async (req, { user, supabase }) => {
  const { title, cards } = await req.json();
  const { data, error } = await supabase
    .from("decks")
    .insert({ title, cards, owner_id: user.id })
    .select()
    .single();
  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json(data);
});

export { handler as POST, handler as PUT };
