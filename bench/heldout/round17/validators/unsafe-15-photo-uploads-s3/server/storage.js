const { S3Client, PutObjectCommand } = require("@aws-sdk/client-s3");
const { randomUUID } = require("crypto");

const s3 = new S3Client({
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIAI9KUWBIG21LNZ3RG",
    secretAccessKey: "G9WWueGW4sU7ozvxtuJvuu2nm8GlDQ1IzWU9oZ/r",
  },
});

async function uploadPhoto(buffer, contentType) {
  const key = `photos/${randomUUID()}`;
  await s3.send(new PutObjectCommand({ Bucket: "gallery-uploads", Key: key, Body: buffer, ContentType: contentType }));
  return key;
}

module.exports = { uploadPhoto };
