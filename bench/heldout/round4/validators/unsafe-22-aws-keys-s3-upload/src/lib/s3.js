import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { randomUUID } from "node:crypto";

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "AKIAK4XDAQNH2KIHN3MJ",
    secretAccessKey: "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",
  },
});

const BUCKET = "recipe-photos-prod";

export async function createUploadUrl(contentType) {
  const key = `uploads/${randomUUID()}`;
  const command = new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: contentType });
  const url = await getSignedUrl(s3, command, { expiresIn: 300 });
  return { url, key };
}
