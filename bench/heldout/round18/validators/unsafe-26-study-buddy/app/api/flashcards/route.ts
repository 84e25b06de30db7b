import { NextResponse } from "next/server";
import { makeFlashcards } from "@/lib/ai";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { topic } = await req.json();
  return NextResponse.json({ cards: await makeFlashcards(String(topic).slice(0, 100)) });
}
