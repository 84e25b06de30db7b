import OpenAI from "openai";
import { NextResponse } from "next/server";

const openai = new OpenAI({
  apiKey: "sk-proj-wuakt95gIOIMEoX2t3jNVE0caWtNCiXlHxmuhM8UT3BlbkFJlNlmSbabggNSW4VNEFX6Ng3MS",
});

export async function POST(req: Request) {
  const { messages } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages,
  });
  return NextResponse.json(completion.choices[0].message);
}
