const { execFile } = require("child_process");
const path = require("path");
const crypto = require("crypto");
const multer = require("multer");
const express = require("express");
const { requireAuth } = require("./auth");

const upload = multer({ dest: "/tmp/uploads", limits: { fileSize: 5 * 1024 * 1024 } });
const router = express.Router();

router.post("/thumbnail", requireAuth, upload.single("image"), (req, res) => {
  if (!req.file || !/^image\/(png|jpeg|webp)$/.test(req.file.mimetype)) return res.status(400).json({ error: "Unsupported file" });
  const out = path.join("/tmp/thumbs", crypto.randomUUID() + ".png");
  execFile("convert", [req.file.path, "-resize", "256x256", out], { timeout: 10000 }, (err) => {
    if (err) return res.status(500).json({ error: "Conversion failed" });
    res.sendFile(out);
  });
});

module.exports = router;
