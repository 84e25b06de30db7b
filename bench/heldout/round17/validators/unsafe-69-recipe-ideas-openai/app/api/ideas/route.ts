import OpenAI from "openai";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const openai = new OpenAI({ apiKey: "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" });

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { ingredients } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Suggest three dinners using: ${String(ingredients).slice(0, 500)}` }],
  });
  return NextResponse.json({ ideas: completion.choices[0]?.message.content ?? "" });
}
