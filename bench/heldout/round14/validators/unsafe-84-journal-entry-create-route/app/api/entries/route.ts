import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const { title, content, authorId, mood } = await req.json();

  if (!title || !content) {
    return NextResponse.json({ error: "Title and content are required" }, { status: 400 });
  }

  const entry = await prisma.entry.create({
    data: { title, content, mood: mood ?? "neutral", authorId },
  });

  return NextResponse.json(entry, { status: 201 });
}

export async function GET() {
  const entries = await prisma.entry.findMany({ where: { public: true }, orderBy: { createdAt: "desc" }, take: 20 });
  return NextResponse.json(entries);
}
