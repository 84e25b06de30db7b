const express = require("express");
const crypto = require("crypto");
const { requireAuth } = require("../middleware/auth");
const { presignUpload } = require("../lib/s3");

const router = express.Router();
const ALLOWED = new Set(["image/jpeg", "image/png", "image/webp"]);

router.post("/presign", requireAuth, async (req, res) => {
  const { contentType } = req.body;
  if (!ALLOWED.has(contentType)) return res.status(400).json({ error: "Unsupported file type" });
  const key = `${req.user.id}/${crypto.randomUUID()}`;
  res.json({ key, url: await presignUpload(key, contentType) });
});

module.exports = router;
