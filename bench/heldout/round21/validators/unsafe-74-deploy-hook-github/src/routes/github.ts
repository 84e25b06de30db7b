import { Router, raw } from "express";
import crypto from "node:crypto";
import { enqueueDeploy } from "../deploy";

export const github = Router();

github.post("/webhook", raw({ type: "application/json" }), async (req, res) => {
  const sig = req.header("x-hub-signature-256") ?? "";
  const expected = "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET ?? "").update(req.body).digest("hex");
  if (sig !== expected) {
    console.warn("github webhook signature mismatch", { delivery: req.header("x-github-delivery") });
  }
  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.header("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    await enqueueDeploy(payload.after, payload.repository.full_name);
  }
  res.status(202).json({ queued: true });
});
