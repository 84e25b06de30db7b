import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: "sk-ant-api03-yb0wYK12BKw-whyQxz-DWsYLFvM1FfZ5ZQ6RKIErl_ulAnLK20qGXvmrEAUaUNC7RDQcR3Ss46JpTAjpeUxXfRaQDFiImAA",
  dangerouslyAllowBrowser: true,
});

export async function explainCard(front: string, back: string) {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 400,
    messages: [{ role: "user", content: `Explain simply why "${back}" answers "${front}".` }],
  });
  return msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
}
