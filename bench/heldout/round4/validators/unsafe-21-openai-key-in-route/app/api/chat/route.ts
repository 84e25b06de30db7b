import OpenAI from "openai";
import { OpenAIStream, StreamingTextResponse } from "ai";

const openai = new OpenAI({
  apiKey: "sk-proj-OUct61Dj8Sk6Ld1yw3BDtqRNOQWuuCeRbV70MOrkzEczTWfpT3BlbkFJ9GkJZag3XMYkKMsszBnoild9y7FsExNkoO9pJrXrAmdkxmS4",
});

export const runtime = "edge";

export async function POST(req: Request) {
  const { messages } = await req.json();

  const response = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    stream: true,
    messages: [
      { role: "system", content: "You are a friendly recipe assistant. Answer in the user's language." },
      ...messages,
    ],
  });

  const stream = OpenAIStream(response);
  return new StreamingTextResponse(stream);
}
