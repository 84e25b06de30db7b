import { Router } from "express";
import multer from "multer";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const run = promisify(exec);
const upload = multer({ dest: "/tmp/uploads" });
export const thumbnails = Router();

thumbnails.post("/thumbnail", upload.single("image"), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: "No file" });

  const source = path.join("/tmp/uploads", req.file.originalname);
  const target = `/tmp/thumbs/${Date.now()}-${req.file.originalname}.webp`;

  try {
    await run(`mv ${req.file.path} "${source}"`);
    await run(`convert "${source}" -resize 320x320^ -gravity center -extent 320x320 "${target}"`);
    res.sendFile(target);
  } catch (e) {
    console.error(e);
    res.status(500).json({ error: "Could not create thumbnail" });
  }
});

thumbnails.get("/thumbnail/health", (_req, res) => {
  res.json({ ok: true });
});
