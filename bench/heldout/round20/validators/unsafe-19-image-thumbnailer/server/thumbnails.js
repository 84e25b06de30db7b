const { exec } = require("child_process");
const path = require("path");
const multer = require("multer");
const express = require("express");
const { requireAuth } = require("./auth");

const upload = multer({ dest: "/tmp/uploads" });
const router = express.Router();

router.post("/thumbnail", requireAuth, upload.single("image"), (req, res) => {
  const input = req.file.path;
  const out = path.join("/tmp/thumbs", req.file.originalname);
  exec(`convert ${input} -resize 256x256 "${out}"`, (err) => {
    if (err) return res.status(500).json({ error: "Conversion failed" });
    res.sendFile(out);
  });
});

module.exports = router;
