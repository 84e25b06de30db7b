import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const Entry = z.object({ mood: z.number().int().min(1).max(5), text: z.string().max(4000) });

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const parsed = Entry.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid entry" }, { status: 400 });

  const { data, error } = await supabase
    .from("journal_entries")
    .insert({ ...parsed.data, user_id: user.id })
    .select()
    .single();
  if (error) return NextResponse.json({ error: "Could not save" }, { status: 500 });
  return NextResponse.json(data, { status: 201 });
}
