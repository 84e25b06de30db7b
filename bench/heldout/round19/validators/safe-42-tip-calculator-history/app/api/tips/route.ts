import { NextResponse, type NextRequest } from "next/server";
import { createClient } from "@/utils/supabase/server";

async function saveTip(req: NextRequest) {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  const user = auth.user;
  if (!user) return NextResponse.json({ error: "Sign in to save" }, { status: 401 });

  const { bill, percent, people } = await req.json();
  const total = Math.round(Number(bill) * (1 + Number(percent) / 100) * 100) / 100;
  const { data, error } = await supabase
    .from("tip_history")
    .insert({ user_id: user.id, bill, percent, people, total })
    .select()
    .single();
  if (error) return NextResponse.json({ error: "Could not save" }, { status: 400 });
  return NextResponse.json(data);
}

export { saveTip as POST };
