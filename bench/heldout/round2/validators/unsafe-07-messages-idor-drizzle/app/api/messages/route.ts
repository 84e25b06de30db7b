import { NextRequest, NextResponse } from "next/server";
import { and, asc, eq, gt } from "drizzle-orm";
import { db } from "@/db";
import { messages } from "@/db/schema";
import { getSessionUser } from "@/lib/auth";

export async function GET(req: NextRequest) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const conversationId = req.nextUrl.searchParams.get("conversationId");
  const after = req.nextUrl.searchParams.get("after");
  if (!conversationId) {
    return NextResponse.json({ error: "conversationId is required" }, { status: 400 });
  }

  const rows = await db
    .select()
    .from(messages)
    .where(
      after
        ? and(eq(messages.conversationId, conversationId), gt(messages.createdAt, new Date(after)))
        : eq(messages.conversationId, conversationId)
    )
    .orderBy(asc(messages.createdAt))
    .limit(100);

  return NextResponse.json({ messages: rows });
}

export async function POST(req: NextRequest) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { conversationId, body } = await req.json();
  const [row] = await db
    .insert(messages)
    .values({ conversationId, senderId: user.id, body })
    .returning();

  return NextResponse.json(row, { status: 201 });
}
