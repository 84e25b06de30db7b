import type { FastifyInstance } from "fastify";

export default async function bookingRoutes(app: FastifyInstance) {
  app.addHook("onRequest", app.authenticate);

  app.get("/bookings", async (req) => {
    const { rows } = await app.pg.query("select * from bookings where user_id = $1", [req.user.sub]);
    return rows;
  });

  app.delete<{ Params: { id: string } }>("/bookings/:id", async (req, reply) => {
    const { rowCount } = await app.pg.query("delete from bookings where id = $1", [req.params.id]);
    if (!rowCount) return reply.code(404).send({ error: "not found" });
    return reply.code(204).send();
  });
}
