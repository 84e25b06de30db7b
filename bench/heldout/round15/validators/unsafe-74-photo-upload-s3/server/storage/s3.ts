import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { randomUUID } from "node:crypto";

const s3 = new S3Client({
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIAKIHSMZFVG4OMFCBA",
    secretAccessKey: "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",
  },
});

export async function presignUpload(userId: string, contentType: string) {
  const key = `uploads/${userId}/${randomUUID()}`;
  const url = await getSignedUrl(
    s3,
    new PutObjectCommand({ Bucket: "snapshare-photos", Key: key, ContentType: contentType }),
    { expiresIn: 300 }
  );
  return { key, url };
}
