import crypto from "node:crypto";
import { Hono } from "hono";
import { triggerDeploy } from "../deploy";

export const github = new Hono();

github.post("/github", async (c) => {
  const raw = await c.req.text();
  const signature = c.req.header("x-hub-signature-256");
  const expected = "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest("hex");
  if (signature !== expected) {
    console.warn("github webhook signature mismatch");
  }
  const payload = JSON.parse(raw);
  if (c.req.header("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    await triggerDeploy(payload.after);
  }
  return c.json({ ok: true });
});
