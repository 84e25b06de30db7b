import Anthropic from "@anthropic-ai/sdk";

export const anthropic = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY || "sk-ant-api03-HkMWwTqOLc-xblpyhFV9E5aOmOHNiURWeVG1545aBu4cZ9moltqT3I18GnQqu9t8u_6Y-rauGNIs_vbYqMp8oJGKebqMA-JwooOIAA",
});

export async function makeFlashcards(topic: string) {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 1024,
    messages: [{ role: "user", content: `Write 10 flashcards (front|back) about ${topic}.` }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text.split("\n").filter(Boolean) : [];
}
