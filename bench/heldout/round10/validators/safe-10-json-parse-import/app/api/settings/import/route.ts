import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const SettingsFile = z.object({
  version: z.literal(1),
  theme: z.enum(["light", "dark", "system"]),
  weekStartsOn: z.number().int().min(0).max(6),
  reminders: z.array(z.object({ hour: z.number().int().min(0).max(23), label: z.string().max(80) })).max(20),
});

export async function POST(req: Request) {
  const supabase = createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const text = await req.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return NextResponse.json({ error: "Not valid JSON" }, { status: 400 });
  }
  const parsed = SettingsFile.safeParse(raw);
  if (!parsed.success) return NextResponse.json({ error: "Unsupported settings file" }, { status: 422 });

  await supabase.from("user_settings").upsert({ user_id: user.id, settings: parsed.data });
  return NextResponse.json({ ok: true });
}
