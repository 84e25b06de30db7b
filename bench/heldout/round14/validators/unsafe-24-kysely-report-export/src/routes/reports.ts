import type { FastifyInstance } from "fastify";
import { salesReport } from "../reports/sales";

export default async function reports(app: FastifyInstance) {
  app.post("/reports/sales", { preHandler: app.requireAdmin }, async (req) => {
    return salesReport(req.body as { from: string; to: string; groupBy: string });
  });
}
