import type { FastifyInstance } from "fastify";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";

const REPO = /^https:\/\/github\.com\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\.git)?$/;
const BRANCH = /^[A-Za-z0-9][A-Za-z0-9._\/-]{0,99}$/;

function git(args: string[], cwd?: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`git exited ${code}`))));
  });
}

export async function previewRoutes(app: FastifyInstance) {
  app.post<{ Body: { repoUrl: string; branch?: string } }>(
    "/previews",
    { preHandler: [app.authenticate, app.requireAdmin] },
    async (req, reply) => {
      const { repoUrl, branch = "main" } = req.body;
      if (!REPO.test(repoUrl) || !BRANCH.test(branch) || branch.includes("..")) {
        return reply.code(400).send({ error: "Unsupported repository or branch" });
      }
      const id = randomUUID();
      await git(["clone", "--depth", "1", "--branch", branch, "--", repoUrl, `/srv/previews/${id}`]);
      return reply.code(202).send({ id });
    },
  );
}
