import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { currentUserId } from "@/lib/current-user";

type Ctx = { params: Promise<{ docId: string }> };

async function loadOwned(docId: string) {
  const userId = await currentUserId();
  if (!userId) return { status: 401 as const };
  const doc = await prisma.document.findUnique({ where: { id: docId } });
  if (!doc || doc.ownerId !== userId) return { status: 404 as const };
  return { status: 200 as const, doc, userId };
}

export async function GET(_: Request, { params }: Ctx) {
  const { docId } = await params;
  const r = await loadOwned(docId);
  if (r.status !== 200) return NextResponse.json({ error: "Not found" }, { status: r.status });
  return NextResponse.json(r.doc);
}

export async function PATCH(req: Request, { params }: Ctx) {
  const { docId } = await params;
  const r = await loadOwned(docId);
  if (r.status !== 200) return NextResponse.json({ error: "Not found" }, { status: r.status });

  const { title, content } = await req.json();
  const doc = await prisma.document.update({
    where: { id: r.doc.id },
    data: { title, content },
  });
  return NextResponse.json(doc);
}
