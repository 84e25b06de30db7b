import { Hono } from "hono";
import { execSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const importRoute = new Hono();

importRoute.post("/import", async (c) => {
  const { repoUrl, branch } = await c.req.json<{ repoUrl: string; branch?: string }>();
  if (!repoUrl || !repoUrl.includes("github.com")) {
    return c.json({ error: "Only GitHub repositories are supported" }, 400);
  }

  const dir = mkdtempSync(join(tmpdir(), "import-"));
  try {
    execSync("git clone --depth 1 " + (branch ? "-b " + branch + " " : "") + repoUrl + " " + dir, {
      stdio: "pipe",
      timeout: 60_000,
    });
  } catch (e) {
    return c.json({ error: "Clone failed" }, 422);
  }

  const files = readdirSync(dir).filter((f) => !f.startsWith("."));
  return c.json({ dir, files });
});
