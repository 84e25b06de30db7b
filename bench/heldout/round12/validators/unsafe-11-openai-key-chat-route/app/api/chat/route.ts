import OpenAI from "openai";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const openai = new OpenAI({
  apiKey: "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",
});

export const maxDuration = 30;

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const { messages } = await req.json();

  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    temperature: 0.7,
    messages: [
      { role: "system", content: "You are a friendly cooking assistant. Keep answers short." },
      ...messages.slice(-12),
    ],
  });

  return NextResponse.json({ reply: completion.choices[0]?.message?.content ?? "" });
}
