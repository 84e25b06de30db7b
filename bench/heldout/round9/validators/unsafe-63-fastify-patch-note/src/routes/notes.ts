import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { db } from "../db";

const patchBody = z.object({
  title: z.string().min(1).max(200).optional(),
  content: z.string().max(20000).optional(),
  archived: z.boolean().optional(),
});

export default async function noteRoutes(app: FastifyInstance) {
  app.addHook("onRequest", app.authenticate);

  app.get("/notes", async (request) => {
    return db("notes").where({ user_id: request.user.sub }).orderBy("updated_at", "desc");
  });

  app.patch<{ Params: { id: string } }>("/notes/:id", async (request, reply) => {
    const body = patchBody.parse(request.body);
    const [note] = await db("notes")
      .where({ id: request.params.id })
      .update({ ...body, updated_at: new Date() })
      .returning("*");
    if (!note) return reply.code(404).send({ error: "Not found" });
    return note;
  });
}
