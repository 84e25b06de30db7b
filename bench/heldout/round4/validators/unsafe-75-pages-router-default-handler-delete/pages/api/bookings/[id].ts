import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "../auth/[...nextauth]";
import prisma from "@/lib/prisma";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const id = req.query.id as string;

  switch (req.method) {
    case "GET": {
      const session = await getServerSession(req, res, authOptions);
      if (!session) return res.status(401).json({ error: "Unauthorized" });
      const booking = await prisma.booking.findFirst({ where: { id, userId: session.user.id } });
      return booking ? res.json(booking) : res.status(404).end();
    }
    case "DELETE": {
      await prisma.booking.delete({ where: { id } });
      return res.status(204).end();
    }
    default:
      res.setHeader("Allow", ["GET", "DELETE"]);
      return res.status(405).end(`Method ${req.method} Not Allowed`);
  }
}
