import { NextRequest, NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { invoices } from "@/db/schema";
import { createClient } from "@/lib/supabase/server";

export async function PATCH(
  req: NextRequest,
  { params }: { params: Promise<{ id: string }> }
) {
  const { id } = await params;
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();

  const body = await req.json();

  const [updated] = await db
    .update(invoices)
    .set({
      status: body.status,
      amountCents: body.amountCents,
      updatedAt: new Date(),
    })
    .where(eq(invoices.id, id))
    .returning();

  console.log("invoice updated", updated?.id, user?.email);
  return NextResponse.json(updated);
}
