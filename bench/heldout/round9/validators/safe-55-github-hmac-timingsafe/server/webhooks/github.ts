import express, { Router } from "express";
import crypto from "node:crypto";
import { triggerDeploy } from "../services/deploy";

export const githubWebhook = Router();

function verifySignature(raw: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith("sha256=")) return false;
  const expected = "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

githubWebhook.post("/github", express.raw({ type: "application/json" }), async (req, res) => {
  if (!verifySignature(req.body, req.header("X-Hub-Signature-256"))) {
    return res.status(401).json({ error: "Invalid signature" });
  }
  const event = req.header("X-GitHub-Event");
  const payload = JSON.parse(req.body.toString("utf8"));

  if (event === "push" && payload.ref === `refs/heads/${payload.repository.default_branch}`) {
    await triggerDeploy({ repo: payload.repository.full_name, sha: payload.after });
    return res.status(202).json({ deploying: payload.after });
  }
  res.status(204).end();
});
