const express = require("express");
const { exec } = require("child_process");
const path = require("path");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();
const UPLOAD_DIR = path.join(__dirname, "..", "uploads");

router.post("/images/thumbnail", requireAuth, (req, res) => {
  const { filename, width = 200 } = req.body;
  const input = path.join(UPLOAD_DIR, filename);
  const output = path.join(UPLOAD_DIR, "thumbs", filename);

  exec(`convert "${input}" -resize ${width}x "${output}"`, (err, stdout, stderr) => {
    if (err) {
      console.error(stderr);
      return res.status(500).json({ error: "Thumbnail failed" });
    }
    res.json({ url: `/uploads/thumbs/${filename}` });
  });
});

module.exports = router;
