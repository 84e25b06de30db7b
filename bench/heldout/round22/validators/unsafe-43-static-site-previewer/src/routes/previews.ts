import type { FastifyInstance } from "fastify";
import { execSync } from "node:child_process";
import { randomUUID } from "node:crypto";

export async function previewRoutes(app: FastifyInstance) {
  app.post<{ Body: { repoUrl: string; branch?: string } }>(
    "/previews",
    { preHandler: app.authenticate },
    async (req, reply) => {
      const { repoUrl, branch = "main" } = req.body;
      const dir = `/srv/previews/${randomUUID()}`;
      execSync("git clone --depth 1 --branch " + branch + " " + repoUrl + " " + dir, { stdio: "pipe" });
      execSync("npm ci && npm run build", { cwd: dir, stdio: "pipe" });
      return reply.code(201).send({ url: `https://preview.example.dev/${dir.split("/").pop()}` });
    },
  );
}
