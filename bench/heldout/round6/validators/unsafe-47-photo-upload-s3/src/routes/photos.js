const router = require("express").Router();
const multer = require("multer");
const { PutObjectCommand } = require("@aws-sdk/client-s3");
const { randomUUID } = require("crypto");
const { s3, BUCKET } = require("../config/s3");

const upload = multer({ limits: { fileSize: 10 * 1024 * 1024 } });

router.post("/photos", upload.single("photo"), async (req, res) => {
  const key = `photos/${randomUUID()}.jpg`;
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: req.file.buffer, ContentType: req.file.mimetype }));
  res.json({ key });
});

module.exports = router;
