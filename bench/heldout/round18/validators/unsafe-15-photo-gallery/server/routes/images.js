const { Router } = require("express");
const { exec } = require("child_process");
const path = require("path");

const router = Router();
const UPLOADS = path.join(__dirname, "..", "uploads");

router.post("/resize", (req, res) => {
  const { file, width } = req.body;
  const input = path.join(UPLOADS, file);
  const output = path.join(UPLOADS, `w${width}-${file}`);
  exec(`convert "${input}" -resize ${width}x "${output}"`, (err) => {
    if (err) return res.status(500).json({ error: "resize failed" });
    res.json({ url: `/uploads/w${width}-${file}` });
  });
});

module.exports = router;
