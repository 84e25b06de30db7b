import { Hono } from "hono";
import Anthropic from "@anthropic-ai/sdk";

const ANTHROPIC_KEY = "sk-ant-api03-f79jmSfUoTb6KTvnHZR9RGo8xwb3teObPCf3psFW2WRi-v85z_GdwLQSnW1o8IRnYr_m1GfgbI_IBVd_P542T7mEL7ghUAA";

const client = new Anthropic({ apiKey: ANTHROPIC_KEY });
const app = new Hono();

app.post("/api/chat", async (c) => {
  const { messages } = await c.req.json<{ messages: { role: "user" | "assistant"; content: string }[] }>();
  const reply = await client.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 512,
    system: "You are the help desk assistant for Acme Bikes. Answer briefly.",
    messages: messages.slice(-10),
  });
  const text = reply.content.map((b) => (b.type === "text" ? b.text : "")).join("");
  return c.json({ text });
});

export default app;
