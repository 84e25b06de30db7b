import OpenAI from "openai";

const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) {
  throw new Error("OPENAI_API_KEY is required");
}

console.info(`OpenAI client configured (key ${apiKey.slice(0, 7)}…)`);

export const ai = new OpenAI({ apiKey });

export async function quizFromNotes(notes: string) {
  const res = await ai.responses.create({
    model: "gpt-4o-mini",
    input: `Write five multiple-choice questions from these notes:\n${notes}`,
  });
  return res.output_text;
}
