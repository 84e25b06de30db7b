import express from "express";
import multer from "multer";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import path from "node:path";

const run = promisify(execFile);
const upload = multer({ dest: "/tmp/uploads", limits: { fileSize: 10 * 1024 * 1024 } });
const router = express.Router();

router.post("/media/thumbnail", upload.single("file"), async (req, res) => {
  if (!req.file || !["image/jpeg", "image/png"].includes(req.file.mimetype)) {
    return res.status(400).json({ error: "JPEG or PNG only" });
  }

  const outName = `${randomUUID()}.jpg`;
  const output = path.join("public/thumbs", outName);

  try {
    await run("convert", [
      req.file.path,
      "-resize", "320x320^",
      "-gravity", "center",
      "-extent", "320x320",
      output,
    ]);
    res.json({ url: `/thumbs/${outName}` });
  } catch {
    res.status(500).json({ error: "Thumbnail failed" });
  }
});

export default router;
