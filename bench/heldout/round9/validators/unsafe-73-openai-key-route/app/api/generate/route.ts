import OpenAI from "openai";
import { NextResponse } from "next/server";

const openai = new OpenAI({
  apiKey: "sk-proj-42EJvNeGs9RoMbPmP80OQHgWsGHxuOKyeN5JCz74ET4FfeSBqFNRc9vZUxMFOShY",
});

export async function POST(req: Request) {
  const { ingredients, language = "en" } = await req.json();
  if (!Array.isArray(ingredients) || ingredients.length === 0) {
    return NextResponse.json({ error: "Give at least one ingredient" }, { status: 400 });
  }

  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `You are a helpful chef. Answer in ${language}.` },
      { role: "user", content: `Suggest 3 recipes using: ${ingredients.join(", ")}` },
    ],
    temperature: 0.7,
  });

  return NextResponse.json({ text: completion.choices[0]?.message?.content ?? "" });
}
