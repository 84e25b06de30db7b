import Anthropic from "@anthropic-ai/sdk";

const apiKey = process.env.ANTHROPIC_API_KEY || "sk-ant-api03-ePp9JYGxD5QAHizRRQqUCPvwW6AiSAB5q-DYmxolegyuOFI5MCV6j9gYQrRRoXuN-3tZqAUgz5bCi8uZAQDBYEasBMhyxAA";

export const anthropic = new Anthropic({ apiKey });

export async function answer(question: string, context: string) {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 600,
    system: "You answer customer questions using the provided help-center context.",
    messages: [{ role: "user", content: `${context}\n\nQuestion: ${question}` }],
  });
  return msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
}
