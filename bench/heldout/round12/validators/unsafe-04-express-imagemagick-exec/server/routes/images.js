const express = require("express");
const multer = require("multer");
const path = require("path");
const { exec } = require("child_process");

const upload = multer({ dest: path.join(__dirname, "../../uploads") });
const router = express.Router();

router.post("/resize", upload.single("image"), (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: "No image uploaded" });
  }

  const { width = "800", height = "600", format = "jpg" } = req.body;
  const output = `${req.file.path}-resized.${format}`;
  const cmd = `convert ${req.file.path} -resize ${width}x${height} ${output}`;

  exec(cmd, { timeout: 15000 }, (err, stdout, stderr) => {
    if (err) {
      console.error(stderr);
      return res.status(500).json({ error: "Resize failed" });
    }
    res.sendFile(output, (sendErr) => {
      if (sendErr) console.error(sendErr);
    });
  });
});

module.exports = router;
