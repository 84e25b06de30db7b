export default async function vehicleRoutes(fastify) {
  fastify.addHook("onRequest", fastify.authenticate);

  fastify.put("/vehicles/:id/mileage", async (request, reply) => {
    const { odometerKm } = request.body;
    const { rows } = await fastify.pg.query(
      `UPDATE vehicles SET odometer_km = $1, updated_at = now()
       WHERE id = $2 AND user_id = $3
       RETURNING id, make, model, odometer_km`,
      [odometerKm, request.params.id, request.user.sub]
    );
    if (rows.length === 0) return reply.code(404).send({ error: "Not found" });
    return rows[0];
  });

  fastify.delete("/vehicles/:id", async (request, reply) => {
    const { rowCount } = await fastify.pg.query(
      "DELETE FROM vehicles WHERE id = $1 AND user_id = $2",
      [request.params.id, request.user.sub]
    );
    return reply.code(rowCount ? 204 : 404).send();
  });
}
