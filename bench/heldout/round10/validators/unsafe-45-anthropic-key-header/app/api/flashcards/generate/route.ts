import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const ANTHROPIC_KEY = "sk-ant-api03-mq3q2vVttKeaPzV3nJog7EerJYdMsZlOvg1NopVJ-DF99mg0pVzM8PSPkjAPDcE1QhQK0Jr9QfygkpYQzQb3lmJuWzDAA";

export async function POST(req: Request) {
  const supabase = createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { topic, count = 10 } = await req.json();
  const res = await fetch("https://api.anthropic.com/v1/messages", {
    method: "POST",
    headers: {
      "x-api-key": ANTHROPIC_KEY,
      "anthropic-version": "2023-06-01",
      "content-type": "application/json",
    },
    body: JSON.stringify({
      model: "claude-3-5-haiku-latest",
      max_tokens: 2000,
      messages: [{ role: "user", content: `Write ${Math.min(30, Number(count))} flashcards about ${String(topic).slice(0, 200)} as JSON [{front, back}].` }],
    }),
  });
  if (!res.ok) return NextResponse.json({ error: "Generation failed" }, { status: 502 });
  const data = await res.json();
  return NextResponse.json({ cards: JSON.parse(data.content[0].text) });
}
