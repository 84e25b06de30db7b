import OpenAI from "openai";
import { NextResponse } from "next/server";
import { env } from "@/env";
import { auth } from "@/auth";

const openai = new OpenAI({ apiKey: env.OPENAI_API_KEY });

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { text } = await req.json();
  const out = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Summarize in 3 bullets:\n\n${String(text).slice(0, 8000)}` }],
  });
  return NextResponse.json({ summary: out.choices[0].message.content });
}
