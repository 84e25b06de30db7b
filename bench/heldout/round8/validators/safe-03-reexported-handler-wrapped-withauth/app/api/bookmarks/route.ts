import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { withAuth } from "@/lib/with-auth";

const handler = withAuth(async (req, userId) => {
  const { url } = (await req.json()) as { url: string };
  if (req.method === "DELETE") {
    await prisma.bookmark.deleteMany({ where: { url, userId } });
    return NextResponse.json({ deleted: true });
  }
  const bookmark = await prisma.bookmark.create({ data: { url, userId } });
  return NextResponse.json(bookmark, { status: 201 });
});

export { handler as POST, handler as DELETE };
