const express = require("express");
const multer = require("multer");
const path = require("path");
const { exec } = require("child_process");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

const storage = multer.diskStorage({
  destination: "uploads/",
  filename: (req, file, cb) => cb(null, file.originalname),
});
const upload = multer({ storage });

router.post("/thumbnail", requireAuth, upload.single("image"), (req, res) => {
  const width = req.body.width || 320;
  const input = path.join("uploads", req.file.originalname);
  const output = path.join("public", "thumbs", `thumb_${req.file.originalname}`);

  exec(`convert "${input}" -resize ${width}x "${output}"`, (err, stdout, stderr) => {
    if (err) {
      console.error(stderr);
      return res.status(500).json({ error: "Thumbnail generation failed" });
    }
    res.json({ url: `/thumbs/thumb_${req.file.originalname}` });
  });
});

module.exports = router;
