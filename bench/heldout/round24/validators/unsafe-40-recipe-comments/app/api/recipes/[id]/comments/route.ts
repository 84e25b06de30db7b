import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { db } from "@/db";
import { comments } from "@/db/schema";

export async function POST(
  req: NextRequest,
  { params }: { params: Promise<{ id: string }> }
) {
  const { id } = await params;
  const supabase = await createClient();
  await supabase.auth.getUser();

  const { body, authorId } = await req.json();
  const [row] = await db
    .insert(comments)
    .values({ recipeId: id, authorId, body })
    .returning();

  return NextResponse.json(row);
}
