import vm from "node:vm";
import type { FastifyInstance } from "fastify";

interface RuleBody {
  condition: string;
  payload: Record<string, unknown>;
}

export async function automationRoutes(app: FastifyInstance) {
  app.post<{ Body: RuleBody }>("/automations/test", { preHandler: app.authenticate }, async (req) => {
    const sandbox = { event: req.body.payload, result: false };
    vm.createContext(sandbox);
    vm.runInNewContext(`result = Boolean(${req.body.condition})`, sandbox, { timeout: 50 });
    return { matched: sandbox.result };
  });
}
