import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "../../../../lib/prisma";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const id = String(req.query.id);

  if (req.method === "DELETE") {
    await prisma.user.delete({ where: { id } });
    return res.status(204).end();
  }

  if (req.method === "PATCH") {
    const { plan, credits } = req.body as { plan?: string; credits?: number };
    const user = await prisma.user.update({
      where: { id },
      data: { plan, credits },
    });
    return res.status(200).json(user);
  }

  res.setHeader("Allow", "DELETE, PATCH");
  return res.status(405).end();
}
