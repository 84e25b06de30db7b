import crypto from "node:crypto";
import express, { type Request, type Response } from "express";
import { db } from "../db";

export const githubWebhook = express.Router();

githubWebhook.post("/github", express.raw({ type: "application/json" }), async (req: Request, res: Response) => {
  const signature = req.get("x-hub-signature-256");
  const digest =
    "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET ?? "").update(req.body).digest("hex");
  req.log?.debug({ signature, digest }, "github webhook");

  const event = req.get("x-github-event");
  const payload = JSON.parse(req.body.toString("utf8"));

  if (event === "workflow_run" && payload.action === "completed") {
    await db.deployment.create({
      data: {
        repo: payload.repository.full_name,
        sha: payload.workflow_run.head_sha,
        conclusion: payload.workflow_run.conclusion,
        promote: payload.workflow_run.conclusion === "success",
      },
    });
  }
  res.sendStatus(204);
});
