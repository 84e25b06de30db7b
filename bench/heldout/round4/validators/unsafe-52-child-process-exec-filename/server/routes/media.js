import express from "express";
import multer from "multer";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const run = promisify(exec);
const upload = multer({ dest: "/tmp/uploads" });
const router = express.Router();

router.post("/media/thumbnail", upload.single("file"), async (req, res) => {
  const input = req.file.path;
  const outName = `${path.parse(req.file.originalname).name}-thumb.jpg`;
  const output = path.join("public/thumbs", outName);

  try {
    await run(`convert ${input} -resize 320x320^ -gravity center -extent 320x320 "${output}"`);
    res.json({ url: `/thumbs/${outName}` });
  } catch (e) {
    res.status(500).json({ error: "Thumbnail failed" });
  }
});

export default router;
