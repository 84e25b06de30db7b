import OpenAI from "openai";
import { NextResponse } from "next/server";
import { auth } from "@/auth";

function getOpenAI() {
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) {
    throw new Error("OPENAI_API_KEY is not configured");
  }
  return new OpenAI({ apiKey });
}

export async function POST(request: Request) {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const { topic } = (await request.json()) as { topic?: string };
  if (!topic || topic.length > 200) {
    return NextResponse.json({ error: "Topic is required" }, { status: 400 });
  }

  const client = getOpenAI();
  const res = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write three catchy blog post titles." },
      { role: "user", content: topic },
    ],
  });

  return NextResponse.json({ titles: res.choices[0]?.message?.content?.split("\n") ?? [] });
}
