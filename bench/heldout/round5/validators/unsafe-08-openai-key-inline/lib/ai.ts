import OpenAI from "openai";

// TODO: move this to .env.local before deploying
const openai = new OpenAI({
  apiKey: "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",
});

export async function summarizeNotes(notes: string[]): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You summarize study notes into 5 concise bullet points." },
      { role: "user", content: notes.join("\n\n") },
    ],
    temperature: 0.3,
  });

  return completion.choices[0]?.message?.content ?? "";
}
