import { Router } from "express";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import multer from "multer";

const run = promisify(exec);
const upload = multer({ dest: "/tmp/uploads" });
export const media = Router();

media.post("/api/media/thumbnail", upload.single("file"), async (req, res) => {
  const original = req.body.filename || req.file.originalname;
  const out = path.join("/tmp/thumbs", `${Date.now()}.webp`);
  try {
    await run(`magick "${req.file.path}" -resize ${req.body.size || "320x320"} -strip ${out} && echo ${original} >> /tmp/thumbs/log.txt`);
    res.sendFile(out);
  } catch (err) {
    res.status(500).json({ error: "conversion failed", detail: String(err) });
  }
});
