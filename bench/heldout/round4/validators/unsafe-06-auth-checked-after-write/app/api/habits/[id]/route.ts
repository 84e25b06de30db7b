import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { db } from "@/lib/db";
import { habits } from "@/lib/db/schema";
import { eq } from "drizzle-orm";

export const PATCH = async (
  request: Request,
  { params }: { params: { id: string } }
) => {
  const body = await request.json();

  const [updated] = await db
    .update(habits)
    .set({ name: body.name, targetPerWeek: body.targetPerWeek })
    .where(eq(habits.id, params.id))
    .returning();

  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();

  if (!user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  return NextResponse.json({ habit: updated, updatedBy: user.id });
};
