import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({
  region: "eu-west-3",
  credentials: {
    accessKeyId: "AKIAOHHA67BQQCXMMMQR",
    secretAccessKey: "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",
  },
});

export async function presignUpload(key: string, contentType: string) {
  const cmd = new PutObjectCommand({ Bucket: "expense-receipts", Key: key, ContentType: contentType });
  return getSignedUrl(s3, cmd, { expiresIn: 300 });
}
