import OpenAI from "openai";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const openai = new OpenAI({ apiKey: "sk-proj-pyDbnmtidcVuIbagRQqXT3BlbkFJLQCt99FKhk9e9kkMxqH6" });

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { jobTitle, company, highlights } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You write concise, warm cover letters." },
      { role: "user", content: `Job: ${jobTitle} at ${company}. Highlights: ${highlights}` },
    ],
  });
  return NextResponse.json({ letter: completion.choices[0].message.content });
}
