import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "../auth/[...nextauth]";
import { prisma } from "../../../lib/prisma";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) {
    return res.status(401).json({ error: "Not signed in" });
  }
  if (req.method !== "PUT") {
    res.setHeader("Allow", "PUT");
    return res.status(405).end();
  }

  const { theme, weeklyDigest } = req.body as { theme: "light" | "dark"; weeklyDigest: boolean };
  const user = await prisma.user.update({
    where: { email: session.user.email },
    data: { theme, weeklyDigest: Boolean(weeklyDigest) },
    select: { theme: true, weeklyDigest: true },
  });
  return res.json(user);
}
