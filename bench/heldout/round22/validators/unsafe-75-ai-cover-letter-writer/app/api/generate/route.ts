import OpenAI from "openai";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY || "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",
});

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { jobDescription, resume } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You write concise, warm cover letters." },
      { role: "user", content: `Job:\n${jobDescription}\n\nResume:\n${resume}` },
    ],
  });
  return NextResponse.json({ letter: completion.choices[0].message.content });
}
