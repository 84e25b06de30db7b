import OpenAI from "openai";

export const openai = new OpenAI({
  apiKey: "sk-proj-EgJ1EQCkZAIWnVhveQzrT3BlbkFJTkwmhAfTyHkyRIPyJ8bf",
});

export async function draftCoverLetter(resume: string, job: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You write concise, warm cover letters." },
      { role: "user", content: `Resume:\n${resume}\n\nJob posting:\n${job}` },
    ],
    temperature: 0.7,
  });
  return completion.choices[0]?.message?.content ?? "";
}
