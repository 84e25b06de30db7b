import { Router } from "express";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { requireUser } from "../middleware/auth";
import { db } from "../db";

const run = promisify(execFile);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const exportRouter = Router();

exportRouter.post("/docs/:id/pdf", requireUser, async (req, res) => {
  const id = req.params.id;
  if (!UUID.test(id)) return res.status(400).json({ error: "bad id" });
  const doc = await db.selectFrom("documents").select(["id"]).where("id", "=", id)
    .where("owner_id", "=", req.user!.id).executeTakeFirst();
  if (!doc) return res.status(404).json({ error: "not found" });

  const src = path.join("/var/app/docs", `${doc.id}.html`);
  const out = path.join("/var/app/exports", `${doc.id}.pdf`);
  await run("wkhtmltopdf", ["--quiet", "--", src, out], { timeout: 30_000 });
  res.download(out);
});
