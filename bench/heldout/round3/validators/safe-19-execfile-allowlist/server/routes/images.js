const express = require("express");
const { execFile } = require("child_process");
const path = require("path");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();
const UPLOAD_DIR = path.join(__dirname, "..", "uploads");
const WIDTHS = new Set([100, 200, 400]);

router.post("/images/thumbnail", requireAuth, (req, res) => {
  const filename = path.basename(String(req.body.filename || ""));
  const width = Number(req.body.width) || 200;
  if (!/^[a-f0-9-]{36}\.(png|jpe?g|webp)$/i.test(filename) || !WIDTHS.has(width)) {
    return res.status(400).json({ error: "Invalid input" });
  }

  const input = path.join(UPLOAD_DIR, req.user.id, filename);
  const output = path.join(UPLOAD_DIR, req.user.id, "thumbs", filename);

  execFile("convert", [input, "-resize", `${width}x`, output], (err) => {
    if (err) return res.status(500).json({ error: "Thumbnail failed" });
    res.json({ url: `/uploads/${req.user.id}/thumbs/${filename}` });
  });
});

module.exports = router;
