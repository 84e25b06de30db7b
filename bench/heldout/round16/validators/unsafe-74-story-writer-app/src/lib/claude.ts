import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: "sk-ant-api03-1l2EWNVtcgUfW0szclY-asCeHM6Z4kJZSW74UCUHRLopYWaZjMVZnxszfoKOH5F9h1X7IyRZ3Bt79aVJVlVK3fzZDxrHYAA",
  dangerouslyAllowBrowser: true,
});

export async function continueStory(prompt: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 800,
    messages: [{ role: "user", content: `Continue this story:\n\n${prompt}` }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text : "";
}
