import { createHmac, timingSafeEqual } from "node:crypto";
import type { Request, Response } from "express";
import { triggerDeploy } from "../deploy";

function verify(raw: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(
    "sha256=" + createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest("hex")
  );
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function githubWebhook(req: Request, res: Response) {
  if (!verify(req.body as Buffer, req.get("x-hub-signature-256"))) {
    return res.status(401).json({ error: "bad signature" });
  }
  const payload = JSON.parse((req.body as Buffer).toString("utf8"));
  if (req.get("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    await triggerDeploy(payload.after);
  }
  res.status(202).json({ ok: true });
}
