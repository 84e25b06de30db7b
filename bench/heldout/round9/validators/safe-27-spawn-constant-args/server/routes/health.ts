import { Router } from "express";
import { spawnSync, execFileSync } from "node:child_process";

const router = Router();

const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
  } catch {
    return process.env.COMMIT_SHA ?? "unknown";
  }
})();

router.get("/healthz", (req, res) => {
  const disk = spawnSync("df", ["-k", "/"], { encoding: "utf8" });
  const lines = disk.stdout?.trim().split("\n") ?? [];
  const usage = lines[1]?.split(/\s+/)[4] ?? "n/a";
  res.json({
    ok: true,
    commit,
    uptime: Math.round(process.uptime()),
    disk: usage,
    verbose: req.query.verbose === "1",
  });
});

export default router;
