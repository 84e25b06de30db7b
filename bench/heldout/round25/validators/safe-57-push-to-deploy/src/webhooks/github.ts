import express, { Router } from "express";
import { verifyGithubSignature } from "../lib/verifyGithub";
import { enqueueDeploy } from "../jobs/deploy";

export const githubRouter = Router();

githubRouter.post("/github", express.raw({ type: "application/json" }), async (req, res) => {
  const ok = verifyGithubSignature(req.body, req.get("x-hub-signature-256"), process.env.GITHUB_WEBHOOK_SECRET!);
  if (!ok) return res.status(401).send("bad signature");

  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    await enqueueDeploy(payload.after);
  }
  res.status(202).end();
});
