import { Router } from "express";
import multer from "multer";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import path from "node:path";

const run = promisify(execFile);
const upload = multer({ dest: "/tmp/audio-in", limits: { fileSize: 25 * 1024 * 1024 } });
export const audio = Router();

const BITRATES = new Set(["64k", "96k", "128k", "192k"]);

audio.post("/audio/compress", upload.single("file"), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: "No file" });
  const bitrate = BITRATES.has(req.body.bitrate) ? req.body.bitrate : "96k";
  const out = path.join("/tmp/audio-out", `${randomUUID()}.mp3`);
  try {
    await run("ffmpeg", ["-hide_banner", "-y", "-i", req.file.path, "-b:a", bitrate, out], {
      timeout: 120_000,
    });
    res.download(out, "compressed.mp3");
  } catch (e) {
    res.status(422).json({ error: "Could not process audio" });
  }
});
