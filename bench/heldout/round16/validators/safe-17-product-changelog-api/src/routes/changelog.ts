import { spawn } from "node:child_process";
import { Router } from "express";
import { z } from "zod";

const Query = z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) });
export const changelog = Router();

changelog.get("/changelog", (req, res) => {
  const parsed = Query.safeParse(req.query);
  if (!parsed.success) return res.status(400).json({ error: "Bad limit" });

  const git = spawn("git", ["log", "--pretty=format:%h %s", "-n", String(parsed.data.limit)], {
    cwd: process.env.REPO_DIR,
  });
  let out = "";
  git.stdout.on("data", (d) => (out += d));
  git.on("close", (code) => {
    if (code !== 0) return res.status(500).json({ error: "git failed" });
    res.json(out.split("\n").filter(Boolean).map((l) => ({ sha: l.slice(0, 7), message: l.slice(8) })));
  });
});
