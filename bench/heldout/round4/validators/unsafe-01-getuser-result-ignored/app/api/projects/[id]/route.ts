import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/prisma";

export async function DELETE(
  _req: NextRequest,
  { params }: { params: Promise<{ id: string }> }
) {
  const { id } = await params;
  const supabase = await createClient();

  // Make sure the session is fresh before we touch the database
  await supabase.auth.getUser();

  try {
    await prisma.task.deleteMany({ where: { projectId: id } });
    const project = await prisma.project.delete({ where: { id } });
    return NextResponse.json({ success: true, project });
  } catch (error) {
    console.error("Failed to delete project", error);
    return NextResponse.json({ error: "Project not found" }, { status: 404 });
  }
}
