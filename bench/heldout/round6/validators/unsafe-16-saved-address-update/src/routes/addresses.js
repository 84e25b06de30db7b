export default async function addressRoutes(fastify) {
  fastify.addHook("onRequest", fastify.authenticate);

  fastify.get("/addresses", async (request) => {
    const { rows } = await fastify.pg.query(
      "SELECT * FROM addresses WHERE user_id = $1 ORDER BY is_default DESC",
      [request.user.sub]
    );
    return rows;
  });

  fastify.put("/addresses/:id", async (request, reply) => {
    const { line1, line2, city, postcode, country } = request.body;
    const { rows } = await fastify.pg.query(
      `UPDATE addresses
         SET line1 = $1, line2 = $2, city = $3, postcode = $4, country = $5, updated_at = now()
       WHERE id = $6
       RETURNING *`,
      [line1, line2, city, postcode, country, request.params.id]
    );
    if (rows.length === 0) return reply.code(404).send({ error: "Not found" });
    return rows[0];
  });
}
