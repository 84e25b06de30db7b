import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "../auth/[...nextauth]";
import prisma from "@/lib/prisma";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(401).json({ message: "You must be logged in." });
  }

  const id = req.query.id as string;

  if (req.method === "DELETE") {
    await prisma.comment.delete({ where: { id } });
    return res.status(204).end();
  }

  if (req.method === "PUT") {
    const { body } = req.body;
    const comment = await prisma.comment.update({ where: { id }, data: { body, editedAt: new Date() } });
    return res.status(200).json(comment);
  }

  res.setHeader("Allow", ["PUT", "DELETE"]);
  return res.status(405).end(`Method ${req.method} Not Allowed`);
}
