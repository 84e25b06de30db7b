const express = require("express");
const multer = require("multer");
const { S3Client, PutObjectCommand } = require("@aws-sdk/client-s3");
const { randomUUID } = require("crypto");
const { requireAuth } = require("./auth");

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "AKIAK4ZXTJYPZ80F3WMD",
    secretAccessKey: "1knqQx1Sh9woYym5h+9Y/KQMC6/R0sG9MPrLrqr+",
  },
});

const upload = multer({ limits: { fileSize: 5 * 1024 * 1024 } });
const router = express.Router();

router.post("/photos", requireAuth, upload.single("photo"), async (req, res) => {
  const key = `users/${req.user.id}/${randomUUID()}.jpg`;
  await s3.send(new PutObjectCommand({ Bucket: "snapshare-uploads", Key: key, Body: req.file.buffer, ContentType: "image/jpeg" }));
  res.status(201).json({ key });
});

module.exports = router;
