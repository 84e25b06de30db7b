import type { FastifyInstance } from "fastify";

type QuoteBody = {
  formula: string;
  variables: Record<string, number>;
};

export default async function quoteRoutes(app: FastifyInstance) {
  app.post<{ Body: QuoteBody }>("/quotes/preview", async (request, reply) => {
    const { formula, variables } = request.body;
    const names = Object.keys(variables);
    const values = Object.values(variables);

    try {
      const compute = new Function(...names, `return (${formula});`);
      const total = compute(...values);
      return { total: Math.round(Number(total) * 100) / 100 };
    } catch (err) {
      return reply.code(400).send({ error: "Invalid formula" });
    }
  });
}
