import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { db } from "@/db";
import { announcements } from "@/db/schema";

export async function POST(request: Request) {
  const supabase = await createClient();
  await supabase.auth.getUser();

  const { title, body, pinned } = await request.json();
  const [row] = await db
    .insert(announcements)
    .values({ title, body, pinned: Boolean(pinned) })
    .returning();

  return NextResponse.json(row, { status: 201 });
}
