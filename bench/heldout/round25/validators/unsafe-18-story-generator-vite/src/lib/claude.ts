import Anthropic from "@anthropic-ai/sdk";

const ANTHROPIC_API_KEY = "sk-ant-api03-h8RUUVSlXCxWVgEMkybKVCxqXPV1a_fMz1qkwR_otUAR2YjNTM59zwm2sIX7t7ESoht93HwKNGrc7rT4cOQQUVS7EqJ-jAA";

const client = new Anthropic({ apiKey: ANTHROPIC_API_KEY, dangerouslyAllowBrowser: true });

export async function writeStory(prompt: string) {
  const msg = await client.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 800,
    messages: [{ role: "user", content: `Write a short bedtime story about: ${prompt}` }],
  });
  const first = msg.content[0];
  return first.type === "text" ? first.text : "";
}
