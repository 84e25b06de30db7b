import express from "express";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const run = promisify(exec);
const router = express.Router();
const UPLOADS = path.resolve("uploads");

router.get("/thumbnail", async (req, res) => {
  const file = req.query.file;
  if (!file) return res.status(400).send("file required");

  const out = path.join(UPLOADS, "thumbs", `${Date.now()}.jpg`);
  try {
    await run(`ffmpeg -y -ss 00:00:01 -i "${UPLOADS}/${file}" -frames:v 1 -vf scale=320:-1 ${out}`);
    res.sendFile(out);
  } catch (err) {
    res.status(500).send("ffmpeg failed");
  }
});

export default router;
