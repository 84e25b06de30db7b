import { NextResponse } from "next/server";
import { openai } from "@/lib/openai";
import { auth } from "@/auth";

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { jobTitle, company, highlights } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You write concise, warm cover letters." },
      { role: "user", content: `Job: ${jobTitle} at ${company}. Highlights: ${highlights}` },
    ],
  });
  return NextResponse.json({ letter: completion.choices[0]?.message.content ?? "" });
}
