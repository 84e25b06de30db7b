import type { NextApiRequest, NextApiResponse } from "next";
import prisma from "@/lib/prisma";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sort = (req.query.sort as string) || "rating";
  const dir = (req.query.dir as string) === "asc" ? "ASC" : "DESC";
  const season = req.query.season ?? "2024";

  const players = await prisma.$queryRawUnsafe(
    'SELECT id, name, rating, wins, losses FROM "Player" WHERE season = ' +
      season +
      " ORDER BY " +
      sort +
      " " +
      dir +
      " LIMIT 100"
  );

  res.status(200).json(players);
}
