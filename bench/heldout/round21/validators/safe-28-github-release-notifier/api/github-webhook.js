import crypto from "node:crypto";
import { postReleaseNote } from "../lib/notify.js";

export const config = { api: { bodyParser: false } };

async function readRaw(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return Buffer.concat(chunks);
}

function valid(raw, header, secret) {
  if (!header || !secret) return false;
  const expected = Buffer.from("sha256=" + crypto.createHmac("sha256", secret).update(raw).digest("hex"));
  const got = Buffer.from(header);
  return got.length === expected.length && crypto.timingSafeEqual(got, expected);
}

export default async function handler(req, res) {
  if (req.method !== "POST") return res.status(405).end();
  const raw = await readRaw(req);
  if (!valid(raw, req.headers["x-hub-signature-256"], process.env.GITHUB_WEBHOOK_SECRET)) {
    return res.status(401).json({ error: "invalid signature" });
  }
  const payload = JSON.parse(raw.toString("utf8"));
  if (req.headers["x-github-event"] === "release" && payload.action === "published") {
    await postReleaseNote(payload.release.tag_name, payload.release.html_url);
  }
  res.status(204).end();
}
