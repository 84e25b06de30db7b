import type { FastifyInstance } from "fastify";
import { db } from "../db";

export default async function photoRoutes(app: FastifyInstance) {
  app.addHook("preHandler", app.authenticate);

  app.delete<{ Params: { id: string } }>("/api/photos/:id", async (request, reply) => {
    const deleted = await db
      .deleteFrom("photos")
      .where("id", "=", request.params.id)
      .returningAll()
      .executeTakeFirst();
    if (!deleted) return reply.code(404).send({ error: "Not found" });
    await app.storage.remove(deleted.storage_key);
    return reply.code(204).send();
  });
}
