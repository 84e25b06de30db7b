import { NextResponse } from "next/server";
import OpenAI from "openai";
import { createClient } from "@/lib/supabase/server";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { childName, theme } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write a gentle five-paragraph bedtime story." },
      { role: "user", content: `For ${String(childName).slice(0, 40)}, about ${String(theme).slice(0, 80)}` },
    ],
  });
  return NextResponse.json({ story: completion.choices[0].message.content });
}
