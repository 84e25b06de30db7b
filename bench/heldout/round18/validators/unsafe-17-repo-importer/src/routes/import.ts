import { Hono } from "hono";
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const importRoute = new Hono();

importRoute.post("/import", async (c) => {
  const { repoUrl, branch = "main" } = await c.req.json<{ repoUrl: string; branch?: string }>();
  const dir = await mkdtemp(join(tmpdir(), "import-"));
  const code = await new Promise<number>((resolve) => {
    const p = spawn("sh", ["-c", `git clone --depth 1 -b ${branch} ${repoUrl} ${dir}`]);
    p.on("close", (status) => resolve(status ?? 1));
  });
  return c.json({ ok: code === 0, dir });
});
