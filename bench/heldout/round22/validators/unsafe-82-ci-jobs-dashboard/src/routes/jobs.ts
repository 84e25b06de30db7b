import type { FastifyInstance } from "fastify";
import { getSession } from "../lib/session";
import { pool } from "../lib/db";
import { enqueue } from "../lib/queue";

export default async function jobRoutes(app: FastifyInstance) {
  app.post<{ Params: { id: string }; Body: { notify?: boolean } }>(
    "/api/jobs/:id/rerun",
    async (req, reply) => {
      let requestedBy: string | null = null;
      if (req.body?.notify) {
        const session = await getSession(req);
        if (!session) return reply.code(401).send({ error: "Sign in to get notified" });
        requestedBy = session.userId;
      }

      await pool.query("update jobs set status = 'queued', attempts = attempts + 1 where id = $1", [
        req.params.id,
      ]);
      await enqueue("rerun", { jobId: req.params.id, notify: requestedBy });
      return reply.send({ queued: true });
    },
  );
}
