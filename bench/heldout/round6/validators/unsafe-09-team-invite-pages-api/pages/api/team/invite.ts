import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "../auth/[...nextauth]";
import { prisma } from "@/lib/prisma";
import { sendInviteEmail } from "@/lib/email";
import crypto from "crypto";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "GET") {
    const session = await getServerSession(req, res, authOptions);
    if (!session) return res.status(401).json({ error: "Unauthorized" });
    const invites = await prisma.invite.findMany({ where: { teamId: session.user.teamId } });
    return res.status(200).json(invites);
  }

  if (req.method === "POST") {
    const { email, teamId, role = "member" } = req.body;
    const token = crypto.randomBytes(24).toString("hex");
    const invite = await prisma.invite.create({ data: { email, teamId, role, token } });
    await sendInviteEmail(email, token);
    return res.status(201).json(invite);
  }

  res.setHeader("Allow", ["GET", "POST"]);
  res.status(405).end();
}
