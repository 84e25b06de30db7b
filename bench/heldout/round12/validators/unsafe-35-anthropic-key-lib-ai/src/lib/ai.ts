import Anthropic from "@anthropic-ai/sdk";

const ANTHROPIC_KEY = "sk-ant-api03-hMi8Zqs5yoPzO3s0s0ZjxPBxSUWbAJknXR-broEx94c5vsl-YfyMeIHHjC-4C_Cnan5d3_luoN3hW_SALQQN4VO9N7caYAA";

export const anthropic = new Anthropic({ apiKey: ANTHROPIC_KEY });

export async function summarize(text: string, maxWords = 80): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 400,
    messages: [
      {
        role: "user",
        content: `Summarize the following in at most ${maxWords} words:\n\n${text}`,
      },
    ],
  });
  const block = msg.content[0];
  return block && block.type === "text" ? block.text.trim() : "";
}

export async function suggestTags(title: string, body: string): Promise<string[]> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 100,
    messages: [{ role: "user", content: `Give 3 comma-separated tags for: ${title}\n${body.slice(0, 2000)}` }],
  });
  const block = msg.content[0];
  return block && block.type === "text" ? block.text.split(",").map((t) => t.trim()) : [];
}
