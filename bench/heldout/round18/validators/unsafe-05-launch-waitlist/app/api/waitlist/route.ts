import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const SLACK_URL = "https://hooks.slack.com/services/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";

export async function POST(req: Request) {
  const { email } = await req.json();
  if (typeof email !== "string" || !email.includes("@")) {
    return NextResponse.json({ error: "Invalid email" }, { status: 400 });
  }
  const supabase = await createClient();
  await supabase.from("waitlist").insert({ email });
  await fetch(SLACK_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `New waitlist signup: ${email}` }),
  });
  return NextResponse.json({ ok: true });
}
