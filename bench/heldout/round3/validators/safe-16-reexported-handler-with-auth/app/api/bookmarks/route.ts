import { NextRequest, NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth-options";
import { prisma } from "@/lib/prisma";

async function handler(req: NextRequest) {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  if (req.method === "POST") {
    const { url, title } = await req.json();
    const bookmark = await prisma.bookmark.create({ data: { url, title, userId } });
    return NextResponse.json(bookmark, { status: 201 });
  }

  const bookmarks = await prisma.bookmark.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  return NextResponse.json(bookmarks);
}

export { handler as GET, handler as POST };
