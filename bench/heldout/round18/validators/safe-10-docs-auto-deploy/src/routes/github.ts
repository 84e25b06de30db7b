import express, { Router } from "express";
import { createHmac, timingSafeEqual } from "node:crypto";
import { triggerDeploy } from "../deploy";

export const github = Router();

function valid(raw: Buffer, header: string | undefined) {
  if (!header) return false;
  const expected = Buffer.from("sha256=" + createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET as string).update(raw).digest("hex"));
  const got = Buffer.from(header);
  return expected.length === got.length && timingSafeEqual(expected, got);
}

github.post("/webhooks/github", express.raw({ type: "application/json" }), async (req, res) => {
  if (!valid(req.body as Buffer, req.header("x-hub-signature-256"))) return res.status(401).send("bad signature");
  const payload = JSON.parse((req.body as Buffer).toString("utf8"));
  if (req.header("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    await triggerDeploy(payload.after);
  }
  res.status(202).send("accepted");
});
