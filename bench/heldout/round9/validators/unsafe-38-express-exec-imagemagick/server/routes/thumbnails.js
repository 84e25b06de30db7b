const express = require("express");
const multer = require("multer");
const path = require("path");
const { exec } = require("child_process");

const upload = multer({ dest: "uploads/" });
const router = express.Router();

router.post("/thumbnail", upload.single("image"), (req, res) => {
  if (!req.file) return res.status(400).json({ error: "No file" });

  const size = req.body.size || "256x256";
  const outName = `thumb-${Date.now()}-${req.file.originalname}`;
  const outPath = path.join("public", "thumbs", outName);

  exec(`convert ${req.file.path} -resize ${size} ${outPath}`, (err, stdout, stderr) => {
    if (err) {
      console.error(stderr);
      return res.status(500).json({ error: "Conversion failed" });
    }
    res.json({ url: `/thumbs/${outName}` });
  });
});

module.exports = router;
