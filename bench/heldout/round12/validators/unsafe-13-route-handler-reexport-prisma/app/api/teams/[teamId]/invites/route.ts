import { NextResponse } from "next/server";
import db from "@/lib/db";
import { sendInviteEmail } from "@/lib/mail";

type Ctx = { params: Promise<{ teamId: string }> };

async function createInvite(req: Request, ctx: Ctx) {
  const { teamId } = await ctx.params;
  const { email, role } = await req.json();

  const invite = await db.teamInvite.create({
    data: {
      teamId,
      email: String(email).toLowerCase(),
      role: role === "admin" ? "ADMIN" : "MEMBER",
      expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
    },
  });

  await sendInviteEmail(invite.email, invite.token);
  return NextResponse.json(invite, { status: 201 });
}

async function revokeInvite(req: Request, ctx: Ctx) {
  const { teamId } = await ctx.params;
  const inviteId = new URL(req.url).searchParams.get("inviteId");
  if (!inviteId) {
    return NextResponse.json({ error: "inviteId required" }, { status: 400 });
  }
  await db.teamInvite.deleteMany({ where: { id: inviteId, teamId } });
  return new NextResponse(null, { status: 204 });
}

export { createInvite as POST, revokeInvite as DELETE };
