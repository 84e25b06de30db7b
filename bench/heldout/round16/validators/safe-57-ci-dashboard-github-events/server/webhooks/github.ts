import { createHmac, timingSafeEqual } from "node:crypto";
import express, { Router } from "express";
import { recordWorkflowRun } from "../runs";

export const githubWebhook = Router();

function verify(raw: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith("sha256=")) return false;
  const expected = Buffer.from("sha256=" + createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest("hex"));
  const got = Buffer.from(header);
  return got.length === expected.length && timingSafeEqual(got, expected);
}

githubWebhook.post("/github", express.raw({ type: "application/json" }), async (req, res) => {
  if (!verify(req.body as Buffer, req.get("x-hub-signature-256"))) return res.sendStatus(401);
  const payload = JSON.parse((req.body as Buffer).toString("utf8"));
  if (req.get("x-github-event") === "workflow_run") await recordWorkflowRun(payload.workflow_run);
  res.sendStatus(204);
});
