import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "../../../lib/prisma";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const teamId = req.query.teamId as string;
  const orderBy = (req.query.orderBy as string) || '"createdAt" DESC';

  const members = await prisma.$queryRawUnsafe(
    `SELECT u.id, u.email, m.role
       FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."teamId" = '${teamId}'
      ORDER BY ${orderBy}`
  );
  res.status(200).json(members);
}
