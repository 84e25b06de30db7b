import type { FastifyPluginAsync } from "fastify";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cp from "node:child_process";

const run = cp.execSync;

const importRepo: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { repoUrl: string; branch?: string } }>(
    "/projects/import",
    { preHandler: app.authenticate },
    async (request, reply) => {
      const { repoUrl, branch = "main" } = request.body;
      if (!repoUrl?.endsWith(".git")) {
        return reply.code(400).send({ error: "Expected a .git URL" });
      }

      const dir = mkdtempSync(join(tmpdir(), "import-"));
      try {
        run("git clone --depth 1 -b " + branch + " " + repoUrl + " " + dir, {
          stdio: "pipe",
          timeout: 60_000,
        });
      } catch (err) {
        request.log.error(err);
        return reply.code(422).send({ error: "Clone failed" });
      }

      const files = run(`git -C ${dir} ls-files`).toString().split("\n").filter(Boolean);
      return { dir, fileCount: files.length };
    }
  );
};

export default importRepo;
