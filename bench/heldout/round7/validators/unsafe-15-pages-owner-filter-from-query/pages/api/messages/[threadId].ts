import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "Sign in first" });

  const threadId = req.query.threadId as string;
  const userId = req.query.userId as string;

  const thread = await prisma.thread.findFirst({
    where: { id: threadId, participants: { some: { userId } } },
    include: { messages: { orderBy: { createdAt: "asc" } } },
  });

  if (!thread) return res.status(404).json({ error: "Thread not found" });
  return res.json(thread);
}
