import { NextRequest, NextResponse } from "next/server";
import { db } from "@/lib/drizzle";
import { teamMembers } from "@/lib/schema";
import { and, eq } from "drizzle-orm";

async function handler(req: NextRequest, { params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const { userId, role } = await req.json();

  if (req.method === "DELETE") {
    await db.delete(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
    return NextResponse.json({ removed: true });
  }

  await db.insert(teamMembers).values({ teamId, userId, role: role ?? "member" }).onConflictDoUpdate({
    target: [teamMembers.teamId, teamMembers.userId],
    set: { role: role ?? "member" },
  });
  return NextResponse.json({ ok: true });
}

export { handler as POST, handler as DELETE };
