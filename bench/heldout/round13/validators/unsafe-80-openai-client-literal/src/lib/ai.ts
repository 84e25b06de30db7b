import OpenAI from "openai";

export const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY || "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",
});

export async function suggestTags(title: string, body: string): Promise<string[]> {
  const completion = await openai.chat.completions.create({
    model: "gpt-4.1-mini",
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: "Return JSON {\"tags\": string[]} with up to 5 short lowercase tags." },
      { role: "user", content: `${title}\n\n${body}` },
    ],
  });
  const parsed = JSON.parse(completion.choices[0].message.content ?? "{}");
  return Array.isArray(parsed.tags) ? parsed.tags.slice(0, 5) : [];
}
