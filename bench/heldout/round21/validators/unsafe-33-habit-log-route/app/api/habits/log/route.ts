import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/db";
import { habitLogs } from "@/db/schema";
import { createClient } from "@/lib/supabase/server";

const Body = z.object({ habitId: z.string().uuid(), userId: z.string().uuid(), day: z.string() });

export async function POST(req: NextRequest) {
  const supabase = await createClient();
  await supabase.auth.getUser();
  const body = Body.parse(await req.json());
  const [row] = await db.insert(habitLogs).values(body).returning();
  return NextResponse.json(row, { status: 201 });
}
