import { eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { db } from "@/server/db";
import { cards } from "@/server/db/schema";
import { auth } from "@/server/auth";

export async function DELETE(_: Request, ctx: { params: Promise<{ cardId: string }> }) {
  const session = await auth();
  if (!session) return new NextResponse("Unauthorized", { status: 401 });

  const { cardId } = await ctx.params;
  const deleted = await db.delete(cards).where(eq(cards.id, Number(cardId))).returning({ id: cards.id });

  if (deleted.length === 0) return new NextResponse("Not found", { status: 404 });
  return NextResponse.json({ ok: true });
}
