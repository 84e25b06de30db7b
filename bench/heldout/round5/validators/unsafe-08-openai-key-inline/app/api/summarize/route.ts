import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { summarizeNotes } from "@/lib/ai";

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { notes } = await req.json();
  const summary = await summarizeNotes(notes);
  return NextResponse.json({ summary });
}
