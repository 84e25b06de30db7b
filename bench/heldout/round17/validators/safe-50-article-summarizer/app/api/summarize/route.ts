import { openai } from "@/lib/openai";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return Response.json({ error: "Unauthorized" }, { status: 401 });

  const { text } = await req.json();
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Summarize in 3 bullet points:\n${String(text).slice(0, 8000)}` }],
  });
  return Response.json({ summary: res.choices[0]?.message.content ?? "" });
}
