import { getRecentMetrics } from "../services/metrics.js";

export default async function alertRoutes(fastify) {
  fastify.post("/api/alerts/test", { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const { condition, metric } = request.body;
    // condition example: "value > 500 && value < 1000"
    const samples = await getRecentMetrics(request.user.orgId, metric, 20);

    const results = samples.map(({ timestamp, value }) => {
      let triggered = false;
      try {
        triggered = Boolean(eval(condition));
      } catch (err) {
        request.log.warn({ err }, "condition failed");
      }
      return { timestamp, value, triggered };
    });

    return reply.send({ results, triggeredCount: results.filter((r) => r.triggered).length });
  });
}
