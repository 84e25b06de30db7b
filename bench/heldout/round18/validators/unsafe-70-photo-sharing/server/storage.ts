import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { randomUUID } from "node:crypto";

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "AKIAKVKUPQ5G6GF2JZ4P",
    secretAccessKey: "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",
  },
});

export async function uploadPhoto(body: Buffer, contentType: string) {
  const key = `photos/${randomUUID()}`;
  await s3.send(new PutObjectCommand({ Bucket: "gallery-uploads-prod", Key: key, Body: body, ContentType: contentType }));
  return `https://gallery-uploads-prod.s3.eu-west-1.amazonaws.com/${key}`;
}
