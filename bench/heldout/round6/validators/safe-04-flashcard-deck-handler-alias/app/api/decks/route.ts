import { NextRequest, NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

async function handler(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const userId = session.user.id;

  if (req.method === "POST") {
    const { title } = await req.json();
    const deck = await prisma.deck.create({ data: { title, ownerId: userId } });
    return NextResponse.json(deck, { status: 201 });
  }

  const decks = await prisma.deck.findMany({
    where: { ownerId: userId },
    include: { _count: { select: { cards: true } } },
  });
  return NextResponse.json(decks);
}

export { handler as GET, handler as POST };
