import OpenAI from "openai";
import { NextResponse } from "next/server";

// TODO: move to env before launch
const openai = new OpenAI({
  apiKey: "sk-proj-f7-j9XKY4Q0_ACLP_pP6zmjt_RGbODoirc7SuGkQYF3uKZVpVorWJCRgX77SEbeFRGj7t_ctKDCbRvUg",
});

export async function POST(req: Request) {
  const { messages } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are a friendly French cooking assistant." },
      ...messages.slice(-10),
    ],
  });
  return NextResponse.json({ reply: completion.choices[0]?.message?.content ?? "" });
}
