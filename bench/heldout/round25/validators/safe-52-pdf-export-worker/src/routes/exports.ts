import { Hono } from "hono";
import { spawn } from "node:child_process";
import { getUserFromRequest } from "../auth";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const exports = new Hono();

exports.post("/reports/:id/pdf", async (c) => {
  const user = await getUserFromRequest(c.req.raw);
  if (!user) return c.json({ error: "Unauthorized" }, 401);
  const id = c.req.param("id");
  if (!UUID.test(id)) return c.json({ error: "Bad id" }, 400);

  const html = `/var/app/reports/${user.id}/${id}.html`;
  const pdf = `/var/app/reports/${user.id}/${id}.pdf`;
  const code: number = await new Promise((resolve) => {
    const p = spawn("wkhtmltopdf", ["--quiet", html, pdf], { shell: false });
    p.on("close", (c2) => resolve(c2 ?? 1));
  });
  if (code !== 0) return c.json({ error: "Export failed" }, 500);
  return c.json({ file: `${id}.pdf` });
});
