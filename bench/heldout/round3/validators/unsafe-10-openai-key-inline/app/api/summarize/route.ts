import { NextResponse } from "next/server";
import { summarize } from "@/lib/openai";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { text } = await req.json();
  const summary = await summarize(String(text).slice(0, 8000));
  return NextResponse.json({ summary });
}
