import type { FastifyPluginAsync } from "fastify";
import { verifyGithubSignature } from "../lib/github-signature";
import { triggerDeploy } from "../services/deploy";

export const githubRoutes: FastifyPluginAsync = async (app) => {
  app.post("/webhooks/github", { config: { rawBody: true } }, async (req, reply) => {
    const sig = req.headers["x-hub-signature-256"] as string | undefined;
    const raw = (req as any).rawBody as string;

    if (sig && !verifyGithubSignature(raw, sig, process.env.GITHUB_WEBHOOK_SECRET!)) {
      return reply.code(401).send({ error: "bad signature" });
    }

    const event = req.headers["x-github-event"];
    const body = JSON.parse(raw);
    if (event === "push" && body.ref === "refs/heads/main") {
      await triggerDeploy(body.repository.full_name, body.after);
    }
    return { ok: true };
  });
};
