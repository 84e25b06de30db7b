import { Hono } from "hono";
import { triggerDeploy } from "../deploy";
import { db } from "../db";

export const githubWebhook = new Hono();

githubWebhook.post("/webhooks/github", async (c) => {
  const event = c.req.header("x-github-event");
  const delivery = c.req.header("x-github-delivery");
  const signature = c.req.header("x-hub-signature-256");

  if (!event || !delivery || !signature?.startsWith("sha256=")) {
    return c.json({ error: "not a GitHub delivery" }, 400);
  }

  const payload = await c.req.json();

  if (event === "ping") {
    return c.json({ ok: true, zen: payload.zen });
  }

  if (event === "push" && payload.ref === "refs/heads/main") {
    const project = await db.query.projects.findFirst({
      where: (p, { eq }) => eq(p.repoFullName, payload.repository.full_name),
    });
    if (project) {
      await triggerDeploy(project.id, payload.after);
    }
  }

  return c.json({ ok: true, delivery });
});
