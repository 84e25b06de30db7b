import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { withAuth } from "@/lib/with-auth";

export const GET = withAuth(async (_req: NextRequest, user) => {
  const notes = await prisma.note.findMany({
    where: { ownerId: user.id },
    orderBy: { updatedAt: "desc" },
  });
  return NextResponse.json(notes);
});

export const POST = withAuth(async (req: NextRequest, user) => {
  const { title, body } = await req.json();
  if (typeof title !== "string" || title.length === 0) {
    return NextResponse.json({ error: "Title required" }, { status: 400 });
  }
  const note = await prisma.note.create({
    data: { title: title.slice(0, 200), body: String(body ?? ""), ownerId: user.id },
  });
  return NextResponse.json(note, { status: 201 });
});
