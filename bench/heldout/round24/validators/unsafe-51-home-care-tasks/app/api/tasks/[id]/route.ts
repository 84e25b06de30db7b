import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { careTasks } from "@/db/schema";
import { createClient } from "@/lib/supabase/server";

export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { id } = await params;
  const { done, notes } = await req.json();
  const [task] = await db
    .update(careTasks)
    .set({ done: Boolean(done), notes: String(notes ?? "") })
    .where(eq(careTasks.id, id))
    .returning();
  return NextResponse.json(task);
}
