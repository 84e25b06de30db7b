import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { requireUser, HttpError } from "@/lib/auth/require-user";

export async function POST(req: Request) {
  try {
    const user = await requireUser();
    const { url, label } = await req.json();
    const bookmark = await prisma.bookmark.create({
      data: { url: String(url), label: String(label ?? ""), userId: user.id },
    });
    return NextResponse.json(bookmark, { status: 201 });
  } catch (err) {
    if (err instanceof HttpError) return NextResponse.json({ error: err.message }, { status: err.status });
    throw err;
  }
}
