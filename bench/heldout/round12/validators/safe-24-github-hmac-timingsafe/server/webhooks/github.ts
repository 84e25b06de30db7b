import express, { type Request, type Response } from "express";
import { createHmac, timingSafeEqual } from "node:crypto";
import { enqueueBuild } from "../jobs";

export const githubWebhook = express.Router();

function validSignature(raw: Buffer, header: string | undefined, secret: string): boolean {
  if (!header?.startsWith("sha256=")) return false;
  const expected = Buffer.from(
    "sha256=" + createHmac("sha256", secret).update(raw).digest("hex"),
    "utf8"
  );
  const received = Buffer.from(header, "utf8");
  return expected.length === received.length && timingSafeEqual(expected, received);
}

githubWebhook.post(
  "/github",
  express.raw({ type: "application/json", limit: "1mb" }),
  async (req: Request, res: Response) => {
    const secret = process.env.GITHUB_WEBHOOK_SECRET;
    if (!secret || !validSignature(req.body, req.get("x-hub-signature-256"), secret)) {
      return res.status(401).send("invalid signature");
    }

    const payload = JSON.parse(req.body.toString("utf8"));
    if (req.get("x-github-event") === "push" && payload.ref === "refs/heads/main") {
      await enqueueBuild(payload.repository.full_name, payload.after);
    }
    res.status(202).json({ queued: true });
  }
);
