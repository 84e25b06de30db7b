import OpenAI from "openai";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const openai = new OpenAI({ apiKey: "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" });

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { messages } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: "You are a friendly cooking assistant." }, ...messages],
  });
  return NextResponse.json({ reply: completion.choices[0].message });
}
