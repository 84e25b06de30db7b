import { Hono } from "hono";
import { createHmac, timingSafeEqual } from "node:crypto";
import { rebuildDocs } from "../docs";

export const github = new Hono();

function valid(raw: string, header: string | undefined) {
  if (!header) return false;
  const expected = Buffer.from("sha256=" + createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest("hex"));
  const got = Buffer.from(header);
  return got.length === expected.length && timingSafeEqual(got, expected);
}

github.post("/github", async (c) => {
  const raw = await c.req.text();
  if (!valid(raw, c.req.header("x-hub-signature-256"))) {
    return c.json({ error: "bad signature" }, 401);
  }
  const payload = JSON.parse(raw);
  if (c.req.header("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    await rebuildDocs(payload.after);
  }
  return c.json({ ok: true });
});
