import type { FastifyInstance } from "fastify";
import vm from "node:vm";

export default async function pluginRoutes(app: FastifyInstance) {
  app.post<{ Body: { code: string; input: unknown } }>("/plugins/run", async (request, reply) => {
    const { code, input } = request.body;
    const sandbox = { input, output: null as unknown, console };
    try {
      vm.runInNewContext(code, sandbox, { timeout: 1000 });
    } catch (e) {
      return reply.code(400).send({ error: String(e) });
    }
    return { output: sandbox.output };
  });
}
