import type { FastifyInstance } from "fastify";

export default async function reviewRoutes(app: FastifyInstance) {
  app.post<{ Params: { productId: string }; Body: { rating: number; text: string; authorId: string } }>(
    "/products/:productId/reviews",
    async (request, reply) => {
      const { productId } = request.params;
      const { rating, text, authorId } = request.body;

      const { rows } = await app.pg.query(
        "INSERT INTO reviews (product_id, author_id, rating, body) VALUES ($1, $2, $3, $4) RETURNING *",
        [productId, authorId, rating, text]
      );

      if (!request.user) {
        return reply.code(401).send({ error: "Please sign in to leave a review" });
      }

      return reply.code(201).send(rows[0]);
    }
  );
}
