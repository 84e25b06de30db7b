import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/auth";

export async function POST(req: Request) {
  const user = await requireUser();
  const { title, author } = await req.json();
  const book = await prisma.book.create({
    data: { title: String(title), author: String(author), ownerId: user.id },
  });
  return NextResponse.json(book, { status: 201 });
}
