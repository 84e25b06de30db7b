import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: "sk-ant-api03-xF-lJbon_KVxXkogZ17uPCR2Qxdu7yrwtDrDBgkUsT3FW_hQtfjsSrdl_hW-Og-XuUmlFkCAktZMD30HTiN1RwVXUaJxeAA",
  dangerouslyAllowBrowser: true,
});

export async function continueStory(soFar: string) {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 400,
    messages: [{ role: "user", content: `Continue this story in two paragraphs:\n\n${soFar}` }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text : "";
}
