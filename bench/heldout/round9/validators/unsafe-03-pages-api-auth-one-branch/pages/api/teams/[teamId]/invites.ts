import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "../../auth/[...nextauth]";
import { prisma } from "@/lib/prisma";
import { sendInviteEmail } from "@/lib/email";

export default async function handler(
  req: NextApiRequest,
  res: NextApiResponse
) {
  const teamId = req.query.teamId as string;

  if (req.method === "GET") {
    const session = await getServerSession(req, res, authOptions);
    if (!session) {
      return res.status(401).json({ error: "Unauthorized" });
    }
    const invites = await prisma.invite.findMany({
      where: { teamId, team: { members: { some: { userId: session.user.id } } } },
      orderBy: { createdAt: "desc" },
    });
    return res.status(200).json(invites);
  }

  if (req.method === "POST") {
    const { email, role = "member" } = req.body;
    if (!email) {
      return res.status(400).json({ error: "Email is required" });
    }
    const invite = await prisma.invite.create({
      data: { email, role, teamId },
    });
    await sendInviteEmail(email, invite.token);
    return res.status(201).json(invite);
  }

  res.setHeader("Allow", ["GET", "POST"]);
  return res.status(405).end(`Method ${req.method} Not Allowed`);
}
