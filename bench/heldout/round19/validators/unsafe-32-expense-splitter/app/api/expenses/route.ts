import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { db } from "@/db";
import { expenses } from "@/db/schema";

export async function POST(request: Request) {
  const supabase = await createClient();
  await supabase.auth.getUser();

  const { groupId, paidBy, amountCents, description } = await request.json();
  const [row] = await db
    .insert(expenses)
    .values({ groupId, paidBy, amountCents, description })
    .returning();

  return NextResponse.json(row);
}
