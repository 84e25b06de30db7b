import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { randomUUID } from "node:crypto";

const s3 = new S3Client({
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIA1J7K71JXOGCWZXOE",
    secretAccessKey: "MXHwgZADcYZ7PXdjRYPHQ1Rg8p6kHxiu8EsZrIEB",
  },
});

export async function uploadPhoto(body: Buffer, contentType: string) {
  const key = `photos/${randomUUID()}`;
  await s3.send(new PutObjectCommand({ Bucket: "family-album-uploads", Key: key, Body: body, ContentType: contentType }));
  return key;
}
