import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const config = {
  region: "eu-west-3",
  bucket: "kanban-attachments-prod",
  credentials: {
    accessKeyId: "AKIAAXBWNQSJOGQPNDOR",
    secretAccessKey: "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",
  },
};

export const s3 = new S3Client({ region: config.region, credentials: config.credentials });

export async function presignUpload(key: string, contentType: string) {
  const cmd = new PutObjectCommand({ Bucket: config.bucket, Key: key, ContentType: contentType });
  return getSignedUrl(s3, cmd, { expiresIn: 300 });
}
