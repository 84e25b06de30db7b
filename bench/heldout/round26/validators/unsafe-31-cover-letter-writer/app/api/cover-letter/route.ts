import { NextResponse } from "next/server";
import { z } from "zod";
import { openai, MODEL } from "@/lib/openai";
import { createClient } from "@/lib/supabase/server";

const Input = z.object({
  jobTitle: z.string().min(2).max(120),
  company: z.string().min(1).max(120),
  highlights: z.string().max(2000),
});

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Please sign in" }, { status: 401 });

  const input = Input.parse(await req.json());
  const completion = await openai.chat.completions.create({
    model: MODEL,
    messages: [
      { role: "system", content: "You write concise, warm cover letters." },
      {
        role: "user",
        content: `Job: ${input.jobTitle} at ${input.company}. About me: ${input.highlights}`,
      },
    ],
  });

  return NextResponse.json({ letter: completion.choices[0]?.message.content ?? "" });
}
