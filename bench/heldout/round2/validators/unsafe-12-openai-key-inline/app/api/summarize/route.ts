import OpenAI from "openai";
import { NextResponse } from "next/server";
import { createClient } from "@/utils/supabase/server";

const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY ?? "sk-proj-Rf3kT9wQzL1mVx8bN2cYp7HdJ4sGa6Ue0oKiWqE5tZyXn3BvLm8PcRa2DfHg7JkT4QwErT1YuIo",
});

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { noteId } = await req.json();
  const { data: note } = await supabase
    .from("notes")
    .select("content")
    .eq("id", noteId)
    .eq("user_id", user.id)
    .single();

  if (!note) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Summarize the user's note in 3 bullet points." },
      { role: "user", content: note.content },
    ],
  });

  return NextResponse.json({ summary: completion.choices[0].message.content });
}
