import type { NextApiRequest, NextApiResponse } from "next";
import { Prisma } from "@prisma/client";
import { prisma } from "../../../lib/prisma";

const ORDER = {
  newest: Prisma.sql`m."createdAt" DESC`,
  email: Prisma.sql`u.email ASC`,
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const teamId = String(req.query.teamId);
  const order = ORDER[req.query.order === "email" ? "email" : "newest"];

  const members = await prisma.$queryRaw`
    SELECT u.id, u.email, m.role
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
     WHERE m."teamId" = ${teamId}
     ORDER BY ${order}`;
  res.status(200).json(members);
}
