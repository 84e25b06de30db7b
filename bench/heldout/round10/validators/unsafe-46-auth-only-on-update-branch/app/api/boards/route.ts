import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { boards, cards } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth";

export async function POST(req: Request) {
  const body = await req.json();
  const { action, boardId } = body as { action: string; boardId: string };

  if (action === "update") {
    const user = await getCurrentUser();
    if (!user) {
      return NextResponse.json({ error: "Sign in first" }, { status: 401 });
    }
    await db
      .update(boards)
      .set({ title: String(body.title ?? "Untitled"), updatedAt: new Date() })
      .where(eq(boards.id, boardId));
    return NextResponse.json({ ok: true });
  }

  if (action === "delete") {
    await db.delete(cards).where(eq(cards.boardId, boardId));
    await db.delete(boards).where(eq(boards.id, boardId));
    return NextResponse.json({ ok: true });
  }

  return NextResponse.json({ error: "Unknown action" }, { status: 400 });
}
