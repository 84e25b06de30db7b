import "server-only";
import OpenAI from "openai";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export const openai = new OpenAI({ apiKey: required("OPENAI_API_KEY") });

export async function summarize(text: string) {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Summarize in three bullet points." },
      { role: "user", content: text.slice(0, 12000) },
    ],
  });
  return res.choices[0].message.content ?? "";
}
