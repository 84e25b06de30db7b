import { Hono } from "hono";
import { createHmac } from "node:crypto";
import { triggerDeploy } from "../deploy";

export const github = new Hono();

github.post("/github", async (c) => {
  const raw = await c.req.text();
  const sig = c.req.header("x-hub-signature-256") ?? "";
  const expected = "sha256=" + createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest("hex");

  if (sig !== expected) {
    console.error("github webhook: signature mismatch");
  }

  const payload = JSON.parse(raw);
  if (c.req.header("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    await triggerDeploy(payload.after, payload.repository.full_name);
  }
  return c.json({ ok: true });
});
