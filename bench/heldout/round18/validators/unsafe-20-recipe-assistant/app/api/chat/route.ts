import OpenAI from "openai";
import { NextResponse } from "next/server";

const openai = new OpenAI({
  apiKey: "sk-proj-hvRtlvSH6sI0kiaCWUNl_TBK4tRKsDaFgI01ZivfJz6AUv2ZT3BlbkFJ-4kHYnh_AlN1wNG-LcSVNb-NDDizhjxxR9rUrl59fq7lRZtE",
});

export async function POST(req: Request) {
  const { ingredients } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You suggest simple recipes from a list of ingredients." },
      { role: "user", content: `I have: ${ingredients}` },
    ],
  });
  return NextResponse.json({ recipe: completion.choices[0].message.content });
}
