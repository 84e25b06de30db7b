const { S3Client, PutObjectCommand } = require("@aws-sdk/client-s3");
const { getSignedUrl } = require("@aws-sdk/s3-request-presigner");

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "AKIA5GP6GG5LBHSW5OL5",
    secretAccessKey: "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",
  },
});

async function presignUpload(key, contentType) {
  const command = new PutObjectCommand({
    Bucket: "snapfolio-uploads",
    Key: key,
    ContentType: contentType,
  });
  return getSignedUrl(s3, command, { expiresIn: 300 });
}

module.exports = { presignUpload };
