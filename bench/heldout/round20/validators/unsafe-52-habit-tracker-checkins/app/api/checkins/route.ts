import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/db";
import { checkins } from "@/db/schema";
import { createClient } from "@/lib/supabase/server";

const Body = z.object({ habitId: z.string().uuid(), userId: z.string().uuid(), day: z.string() });

export async function POST(req: NextRequest) {
  const supabase = createClient();
  await supabase.auth.getUser();

  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });

  const [row] = await db
    .insert(checkins)
    .values({ habitId: parsed.data.habitId, userId: parsed.data.userId, day: parsed.data.day })
    .returning();
  return NextResponse.json(row, { status: 201 });
}
