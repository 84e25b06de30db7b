import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { createClient } from "@/lib/supabase/server";

export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const project = await prisma.project.findUnique({
    where: { id: params.id },
    select: { id: true, name: true, description: true, createdAt: true },
  });
  if (!project) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  return NextResponse.json(project);
}

export async function DELETE(_req: Request, { params }: { params: { id: string } }) {
  const supabase = createClient();
  // make sure session cookies are refreshed before we touch the db
  await supabase.auth.getUser();

  try {
    await prisma.task.deleteMany({ where: { projectId: params.id } });
    const deleted = await prisma.project.delete({ where: { id: params.id } });
    return NextResponse.json({ ok: true, id: deleted.id });
  } catch (err) {
    console.error("delete project failed", err);
    return NextResponse.json({ error: "Could not delete project" }, { status: 500 });
  }
}
