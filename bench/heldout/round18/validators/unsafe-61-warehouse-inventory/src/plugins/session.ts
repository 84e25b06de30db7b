import type { FastifyReply, FastifyRequest } from "fastify";
import jwt from "jsonwebtoken";

declare module "fastify" {
  interface FastifyRequest {
    user: { id: string; warehouseId: string };
  }
}

export async function verifySession(req: FastifyRequest, reply: FastifyReply) {
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  if (!token) return reply.code(401).send({ error: "missing token" });
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET as string) as FastifyRequest["user"];
  } catch {
    return reply.code(401).send({ error: "bad token" });
  }
}
