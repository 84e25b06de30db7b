const express = require("express");
const multer = require("multer");
const path = require("path");
const { randomUUID } = require("crypto");
const { execFile } = require("child_process");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

const upload = multer({
  storage: multer.diskStorage({
    destination: "uploads/",
    filename: (_req, _file, cb) => cb(null, `${randomUUID()}.upload`),
  }),
  limits: { fileSize: 50 * 1024 * 1024 },
});

router.post("/thumbnail", requireAuth, upload.single("video"), (req, res) => {
  const width = Math.min(Math.max(parseInt(req.body.width, 10) || 320, 64), 1280);
  const input = req.file.path;
  const outName = `${randomUUID()}.jpg`;
  const output = path.join("public", "thumbs", outName);

  execFile(
    "ffmpeg",
    ["-y", "-i", input, "-ss", "00:00:01", "-vframes", "1", "-vf", `scale=${width}:-1`, output],
    { timeout: 30_000 },
    (err) => {
      if (err) return res.status(500).json({ error: "Thumbnail generation failed" });
      res.json({ url: `/thumbs/${outName}` });
    }
  );
});

module.exports = router;
