import OpenAI from "openai";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const openai = new OpenAI({
  apiKey: "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",
});

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { messages } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: "You help people rewrite paragraphs clearly." }, ...messages],
  });
  return NextResponse.json({ reply: completion.choices[0].message.content });
}
