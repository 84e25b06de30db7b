import { NextRequest, NextResponse } from "next/server";
import { db } from "@/lib/db";

async function handler(req: NextRequest) {
  if (req.method === "GET") {
    const postId = req.nextUrl.searchParams.get("postId");
    const comments = await db.comment.findMany({
      where: { postId: postId ?? undefined },
      orderBy: { createdAt: "asc" },
    });
    return NextResponse.json(comments);
  }

  if (req.method === "DELETE") {
    const id = req.nextUrl.searchParams.get("id")!;
    await db.comment.delete({ where: { id } });
    return new NextResponse(null, { status: 204 });
  }

  const { postId, body, authorName } = await req.json();
  const comment = await db.comment.create({ data: { postId, body, authorName } });
  return NextResponse.json(comment, { status: 201 });
}

export { handler as GET, handler as POST, handler as DELETE };
