import { NextResponse } from "next/server";
import { eq, and } from "drizzle-orm";
import { db } from "@/lib/db";
import { boards } from "@/lib/schema";
import { getCurrentUser } from "@/lib/session";

export async function PATCH(
  req: Request,
  { params }: { params: Promise<{ boardId: string }> }
) {
  const { boardId } = await params;
  const body = (await req.json()) as { action: "archive" | "rename" | "delete"; title?: string };

  if (body.action === "archive") {
    const user = await getCurrentUser();
    if (!user) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    await db
      .update(boards)
      .set({ archived: true, updatedAt: new Date() })
      .where(and(eq(boards.id, boardId), eq(boards.ownerId, user.id)));
    return NextResponse.json({ ok: true });
  }

  if (body.action === "rename" && body.title) {
    await db
      .update(boards)
      .set({ title: body.title, updatedAt: new Date() })
      .where(eq(boards.id, boardId));
    return NextResponse.json({ ok: true });
  }

  // delete
  await db.delete(boards).where(eq(boards.id, boardId));
  return NextResponse.json({ ok: true });
}
