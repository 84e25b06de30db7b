import { NextResponse } from "next/server";
import { z } from "zod";
import { createAdminClient } from "@/lib/supabase/admin";

const Body = z.object({
  userId: z.string().uuid(),
  displayName: z.string().min(1).max(60),
  avatarUrl: z.string().url().optional(),
});

export async function POST(req: Request) {
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid input" }, { status: 422 });

  const db = createAdminClient();
  const { error } = await db
    .from("profiles")
    .update({ display_name: parsed.data.displayName, avatar_url: parsed.data.avatarUrl })
    .eq("id", parsed.data.userId);

  if (error) return NextResponse.json({ error: "Update failed" }, { status: 500 });
  return NextResponse.json({ ok: true });
}
