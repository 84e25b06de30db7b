const { S3Client, PutObjectCommand, GetObjectCommand } = require("@aws-sdk/client-s3");
const { getSignedUrl } = require("@aws-sdk/s3-request-presigner");
const crypto = require("crypto");

const s3 = new S3Client({
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIA89A91L6U2ARRJRFI",
    secretAccessKey: "UjAQfXbDaomoPjQimIMca4FiYLEGf3eTuzXf4kQk",
  },
});

const BUCKET = process.env.UPLOADS_BUCKET || "acme-user-uploads";

async function uploadBuffer(buffer, contentType, prefix = "uploads") {
  const key = `${prefix}/${crypto.randomUUID()}`;
  await s3.send(
    new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: buffer, ContentType: contentType })
  );
  return key;
}

async function signedDownloadUrl(key, expiresIn = 300) {
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn });
}

module.exports = { s3, uploadBuffer, signedDownloadUrl };
