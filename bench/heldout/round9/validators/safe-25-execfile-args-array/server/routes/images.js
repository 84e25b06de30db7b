const express = require("express");
const multer = require("multer");
const { execFile } = require("child_process");
const { promisify } = require("util");
const path = require("path");
const crypto = require("crypto");

const run = promisify(execFile);
const upload = multer({ dest: "uploads/", limits: { fileSize: 10 * 1024 * 1024 } });
const router = express.Router();

router.post("/resize", upload.single("image"), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: "No file uploaded" });
  const width = Number.parseInt(req.body.width, 10);
  if (!Number.isInteger(width) || width < 16 || width > 2048) {
    return res.status(400).json({ error: "width must be 16-2048" });
  }
  const out = path.join("public", "resized", `${crypto.randomUUID()}.webp`);
  try {
    await run("convert", [req.file.path, "-resize", `${width}x`, out], { timeout: 20000 });
    res.json({ url: "/" + path.relative("public", out) });
  } catch (err) {
    res.status(500).json({ error: "Resize failed" });
  }
});

module.exports = router;
