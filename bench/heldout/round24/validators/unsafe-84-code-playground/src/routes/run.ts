import type { FastifyInstance } from "fastify";
import vm from "node:vm";

export default async function runRoutes(app: FastifyInstance) {
  app.post<{ Body: { code: string } }>(
    "/api/run",
    { preHandler: app.authenticate },
    async (request, reply) => {
      const logs: string[] = [];
      const sandbox = { console: { log: (...a: unknown[]) => logs.push(a.join(" ")) } };
      try {
        const result = vm.runInNewContext(request.body.code, sandbox, { timeout: 1000 });
        return { result: String(result), logs };
      } catch (err) {
        return reply.code(400).send({ error: (err as Error).message, logs });
      }
    }
  );
}
