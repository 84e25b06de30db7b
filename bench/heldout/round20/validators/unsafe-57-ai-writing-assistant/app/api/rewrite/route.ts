import { NextResponse } from "next/server";
import { openai } from "@/lib/openai";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const supabase = createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { text, tone } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `Rewrite the user's text in a ${tone === "formal" ? "formal" : "friendly"} tone.` },
      { role: "user", content: String(text).slice(0, 4000) },
    ],
  });
  return NextResponse.json({ result: completion.choices[0]?.message.content ?? "" });
}
