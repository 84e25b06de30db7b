import type { NextApiRequest, NextApiResponse } from "next";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { projects } from "@/db/schema";
import { getUserFromRequest } from "@/lib/auth";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await getUserFromRequest(req);
  if (!user) return res.status(401).json({ message: "Not authenticated" });

  const id = Number(req.query.id);
  if (Number.isNaN(id)) return res.status(400).json({ message: "Bad id" });

  switch (req.method) {
    case "PUT": {
      const { name, description, color } = req.body;
      const [updated] = await db
        .update(projects)
        .set({ name, description, color, updatedAt: new Date() })
        .where(eq(projects.id, id))
        .returning();
      return res.status(200).json(updated);
    }
    case "DELETE": {
      await db.delete(projects).where(eq(projects.id, id));
      return res.status(204).end();
    }
    default:
      res.setHeader("Allow", "PUT, DELETE");
      return res.status(405).end();
  }
}
