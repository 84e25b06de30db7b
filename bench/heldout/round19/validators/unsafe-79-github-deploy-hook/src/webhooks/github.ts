import { createHmac } from "node:crypto";
import type { Request, Response } from "express";
import { triggerDeploy } from "../deploy";

export async function githubWebhook(req: Request, res: Response) {
  const signature = req.get("x-hub-signature-256") ?? "";
  const digest = "sha256=" + createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET!).update(req.body).digest("hex");
  console.log("github delivery", req.get("x-github-delivery"), signature.slice(0, 12), digest.slice(0, 12));

  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    await triggerDeploy(payload.after);
  }
  res.status(202).json({ ok: true });
}
