import OpenAI from "openai";

export const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY || "sk-proj-aqqSJSlZuWIVSUIftkIOT3BlbkFJxi5hBIaEtCtHBzN3u9sM",
});

export async function summarize(text: string) {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Summarize the user's notes in three bullet points." },
      { role: "user", content: text },
    ],
  });
  return res.choices[0]?.message?.content ?? "";
}
