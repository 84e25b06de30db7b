import { Hono } from "hono";
import { execSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const deploy = new Hono();

deploy.post("/preview", async (c) => {
  const { repoUrl, branch = "main" } = await c.req.json<{ repoUrl: string; branch?: string }>();
  if (!repoUrl?.startsWith("https://github.com/")) {
    return c.json({ error: "Only GitHub repositories are supported" }, 400);
  }

  const dir = mkdtempSync(join(tmpdir(), "preview-"));
  try {
    execSync("git clone --depth 1 --branch " + branch + " " + repoUrl + " " + dir, {
      stdio: "pipe",
      timeout: 60_000,
    });
    const log = execSync("npm ci && npm run build", { cwd: dir, stdio: "pipe" }).toString();
    return c.json({ ok: true, dir, log: log.slice(-2000) });
  } catch (err) {
    return c.json({ ok: false, error: String(err) }, 500);
  }
});
