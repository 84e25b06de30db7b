import express from "express";
import { verifyGithubSignature } from "../lib/verify-github";
import { recordRelease } from "../services/releases";

export const github = express.Router();

github.post("/webhooks/github", express.raw({ type: "application/json" }), async (req, res) => {
  const ok = verifyGithubSignature(req.body, req.get("x-hub-signature-256"), process.env.GITHUB_WEBHOOK_SECRET!);
  if (!ok) return res.status(401).send("bad signature");

  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "release" && payload.action === "published") {
    await recordRelease(payload.repository.full_name, payload.release.tag_name, payload.release.body ?? "");
  }
  res.sendStatus(204);
});
