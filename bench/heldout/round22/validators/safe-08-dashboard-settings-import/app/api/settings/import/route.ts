import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const Settings = z.object({
  theme: z.enum(["light", "dark", "system"]),
  widgets: z.array(z.object({ type: z.string().max(40), x: z.number(), y: z.number() })).max(50),
  currency: z.string().length(3),
});

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const file = (await req.formData()).get("file");
  const text = file instanceof File ? await file.text() : "";
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return NextResponse.json({ error: "Not valid JSON" }, { status: 400 });
  }
  const parsed = Settings.safeParse(raw);
  if (!parsed.success) return NextResponse.json({ error: "Invalid settings" }, { status: 400 });

  const { error } = await supabase
    .from("dashboard_settings")
    .upsert({ user_id: user.id, settings: parsed.data });
  if (error) return NextResponse.json({ error: "Could not save" }, { status: 500 });
  return NextResponse.json({ ok: true });
}
