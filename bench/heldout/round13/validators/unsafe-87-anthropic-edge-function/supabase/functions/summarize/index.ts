import Anthropic from "npm:@anthropic-ai/sdk@0.40.0";

const ANTHROPIC_KEY = "sk-ant-api03-gEUQd7NUkFgMinaFrvDIfMG9dXJHdsJnGzHpF7QJXtnvd3M1GQVxUwRqEiKU2JYrY7Iji8wHhQvbu9pIxnHUWDzHZIM-OAA";
const anthropic = new Anthropic({ apiKey: ANTHROPIC_KEY });

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  const { text } = await req.json();

  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 400,
    messages: [{ role: "user", content: `Summarize in 3 bullet points:\n\n${text}` }],
  });

  const summary = msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
  return new Response(JSON.stringify({ summary }), {
    headers: { ...corsHeaders, "Content-Type": "application/json" },
  });
});
