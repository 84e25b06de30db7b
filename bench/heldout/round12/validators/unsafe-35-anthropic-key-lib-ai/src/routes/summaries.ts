import { Hono } from "hono";
import { summarize, suggestTags } from "../lib/ai";
import { requireUser } from "../middleware/auth";

export const summaries = new Hono<{ Variables: { userId: string } }>();

summaries.use("*", requireUser);

summaries.post("/summaries", async (c) => {
  const { text } = await c.req.json<{ text: string }>();
  if (!text || text.length > 20_000) {
    return c.json({ error: "text must be 1-20000 characters" }, 400);
  }
  const summary = await summarize(text);
  return c.json({ summary });
});

summaries.post("/tags", async (c) => {
  const { title, body } = await c.req.json<{ title: string; body: string }>();
  const tags = await suggestTags(title, body ?? "");
  return c.json({ tags });
});
