import { createHmac, timingSafeEqual } from "node:crypto";
import express, { type Request, type Response } from "express";
import { enqueueBuild } from "../queue";

export const githubWebhook = express.Router();

function isValid(raw: Buffer, header: string | undefined) {
  if (!header?.startsWith("sha256=")) return false;
  const digest = "sha256=" + createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest("hex");
  const a = Buffer.from(digest);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

githubWebhook.post("/github", express.raw({ type: "application/json" }), async (req: Request, res: Response) => {
  if (!isValid(req.body as Buffer, req.get("x-hub-signature-256"))) {
    return res.status(401).send("invalid signature");
  }
  const payload = JSON.parse((req.body as Buffer).toString("utf8"));
  if (req.get("x-github-event") === "push") await enqueueBuild(payload.after);
  res.sendStatus(204);
});
