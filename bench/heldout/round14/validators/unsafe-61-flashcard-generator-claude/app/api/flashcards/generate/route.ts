import Anthropic from "@anthropic-ai/sdk";
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth";

const ANTHROPIC_API_KEY = "sk-ant-api03-SC08U2qnw0Fvm-aHPdTL4WREsTzwLXPHbOKnxNWg5XYS3u059SfhblUyN53OUOnfX_wcjicNL-IbVWh8nhkXt3n5JnnxGAA";
const client = new Anthropic({ apiKey: ANTHROPIC_API_KEY });

export async function POST(req: Request) {
  await requireUser();
  const { topic, count = 10 } = await req.json();
  const msg = await client.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 1024,
    messages: [{ role: "user", content: `Write ${Number(count)} flashcards about ${String(topic)} as JSON [{front, back}].` }],
  });
  const text = msg.content[0]?.type === "text" ? msg.content[0].text : "[]";
  return NextResponse.json(JSON.parse(text));
}
