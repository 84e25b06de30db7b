import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/db";
import { expenses } from "@/db/schema";
import { createClient } from "@/lib/supabase/server";

const Expense = z.object({
  description: z.string().min(1).max(120),
  amountCents: z.number().int().positive(),
  paidBy: z.string().uuid(),
});

export async function POST(req: NextRequest, { params }: { params: Promise<{ groupId: string }> }) {
  const { groupId } = await params;
  const supabase = await createClient();
  await supabase.auth.getUser();

  const parsed = Expense.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const [row] = await db
    .insert(expenses)
    .values({ groupId, ...parsed.data })
    .returning();
  return NextResponse.json(row, { status: 201 });
}
