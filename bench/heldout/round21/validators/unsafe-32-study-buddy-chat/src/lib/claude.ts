import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({
  apiKey: "sk-ant-api03-JpihdOo5c7_CQKxqabjlaWdSvBrpWJQRngNR1Ic-AlabAuUu8OOCtGrCwxq011TGJiUdluVHcluMo77iX28NMYB6NweCeAA",
  dangerouslyAllowBrowser: true,
});

export async function explain(topic: string) {
  const msg = await client.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 600,
    messages: [{ role: "user", content: `Explain ${topic} to a 15 year old with one example.` }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text : "";
}
