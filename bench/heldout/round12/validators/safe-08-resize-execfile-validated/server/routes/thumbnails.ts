import { Router } from "express";
import multer from "multer";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import path from "node:path";

const run = promisify(execFile);
const upload = multer({ dest: "/tmp/uploads", limits: { fileSize: 10 * 1024 * 1024 } });
const FORMATS = new Set(["jpg", "png", "webp"]);

export const thumbnails = Router();

function clampInt(value: unknown, min: number, max: number, fallback: number) {
  const n = Number.parseInt(String(value), 10);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

thumbnails.post("/", upload.single("image"), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: "image required" });

  const width = clampInt(req.body.width, 16, 4000, 800);
  const height = clampInt(req.body.height, 16, 4000, 600);
  const format = FORMATS.has(req.body.format) ? req.body.format : "jpg";
  const out = path.join("/tmp/uploads", `${randomUUID()}.${format}`);

  try {
    await run("convert", [req.file.path, "-resize", `${width}x${height}`, out], { timeout: 15000 });
  } catch {
    return res.status(500).json({ error: "resize failed" });
  }
  res.sendFile(out);
});
