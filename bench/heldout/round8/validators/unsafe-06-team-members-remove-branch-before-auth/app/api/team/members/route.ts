import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { getCurrentUser } from "@/lib/session";

export async function POST(req: Request) {
  const { action, teamId, memberId, email } = await req.json();

  if (action === "remove") {
    await prisma.membership.delete({
      where: { teamId_userId: { teamId, userId: memberId } },
    });
    return NextResponse.json({ removed: memberId });
  }

  const user = await getCurrentUser();
  if (!user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const invite = await prisma.invite.create({
    data: { teamId, email, invitedById: user.id },
  });
  return NextResponse.json(invite, { status: 201 });
}
