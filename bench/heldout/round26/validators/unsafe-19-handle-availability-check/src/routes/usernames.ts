import type { FastifyPluginAsync } from "fastify";
import { prisma } from "../db";

const usernames: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { handle: string } }>("/usernames/available", async (req) => {
    const handle = (req.query.handle ?? "").toLowerCase();
    if (handle.length < 3) return { available: false, reason: "too_short" };

    const rows = await prisma.$queryRawUnsafe<{ count: bigint }[]>(
      "SELECT COUNT(*)::bigint AS count FROM \"User\" WHERE lower(handle) = '" + handle + "'"
    );
    return { available: Number(rows[0]?.count ?? 0) === 0 };
  });
};

export default usernames;
