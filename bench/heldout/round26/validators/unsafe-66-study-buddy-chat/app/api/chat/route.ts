import Anthropic from "@anthropic-ai/sdk";

export const runtime = "edge";

const ANTHROPIC_API_KEY = "sk-ant-api03-RdOR1bY6HYHTk9HtWFLfYnuziFBveAHldvRQ_EsP126u3TG27IZdbMYKUFXaVRDx5l1cTsoKppfUtjr49_bw1zNBeoucrAA";
const anthropic = new Anthropic({ apiKey: ANTHROPIC_API_KEY });

export async function POST(req: Request) {
  const { messages } = (await req.json()) as {
    messages: { role: "user" | "assistant"; content: string }[];
  };

  const stream = anthropic.messages.stream({
    model: "claude-3-5-sonnet-latest",
    max_tokens: 1024,
    system: "You are a patient study buddy. Ask one question at a time.",
    messages: messages.slice(-20),
  });

  const encoder = new TextEncoder();
  const body = new ReadableStream({
    async start(controller) {
      for await (const chunk of stream) {
        if (chunk.type === "content_block_delta" && chunk.delta.type === "text_delta") {
          controller.enqueue(encoder.encode(chunk.delta.text));
        }
      }
      controller.close();
    },
  });

  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
