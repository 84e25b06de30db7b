import { Router } from "express";
import multer from "multer";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { requireAuth } from "../middleware/requireAuth";

const run = promisify(execFile);
const upload = multer({ dest: "/tmp/uploads", limits: { fileSize: 5 * 1024 * 1024 } });
const router = Router();

router.post("/avatar", requireAuth, upload.single("avatar"), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: "No file" });
  const out = path.join("/tmp/thumbs", `${randomUUID()}.webp`);
  await run("convert", [req.file.path, "-resize", "256x256^", "-gravity", "center", "-extent", "256x256", out]);
  res.json({ thumbnail: path.basename(out) });
});

export default router;
