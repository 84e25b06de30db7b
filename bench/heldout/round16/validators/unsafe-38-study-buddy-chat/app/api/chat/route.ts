import OpenAI from "openai";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const openai = new OpenAI({ apiKey: "sk-proj-vq1BZ92X8DqDxbaMOhjMaxd5fYbAyQC2AS1XpAXx34SYHh1aT3BlbkFJtanR6onj1tgGXotWTIUutYe5" });

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { messages } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: "You are a patient study tutor." }, ...messages],
  });
  return NextResponse.json({ reply: completion.choices[0].message.content });
}
