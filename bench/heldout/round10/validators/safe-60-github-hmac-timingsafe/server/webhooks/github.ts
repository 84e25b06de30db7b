import express, { Router } from "express";
import crypto from "node:crypto";
import { enqueueDeploy } from "../jobs/deploy";

export const githubWebhook = Router();

function verify(raw: Buffer, header: string | undefined, secret: string) {
  if (!header || !header.startsWith("sha256=")) return false;
  const expected = Buffer.from("sha256=" + crypto.createHmac("sha256", secret).update(raw).digest("hex"));
  const got = Buffer.from(header);
  return got.length === expected.length && crypto.timingSafeEqual(got, expected);
}

githubWebhook.post("/github", express.raw({ type: "application/json" }), async (req, res) => {
  const secret = process.env.GITHUB_WEBHOOK_SECRET;
  if (!secret) return res.status(500).send("not configured");
  if (!verify(req.body as Buffer, req.get("x-hub-signature-256"), secret)) {
    return res.status(401).send("bad signature");
  }

  const event = req.get("x-github-event");
  const payload = JSON.parse((req.body as Buffer).toString("utf8"));
  if (event === "push" && payload.ref === "refs/heads/main") {
    await enqueueDeploy({ sha: payload.after, repo: payload.repository.full_name });
  }
  res.status(202).send("queued");
});
