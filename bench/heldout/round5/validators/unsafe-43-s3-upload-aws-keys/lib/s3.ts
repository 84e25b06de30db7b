import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { randomUUID } from "crypto";

export const s3 = new S3Client({
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIAUGJ5UGR4VW5N4V6T",
    secretAccessKey: "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",
  },
});

const BUCKET = process.env.S3_BUCKET ?? "listing-photos-prod";

export async function createUploadUrl(userId: string, contentType: string) {
  const key = `${userId}/${randomUUID()}`;
  const url = await getSignedUrl(
    s3,
    new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: contentType }),
    { expiresIn: 300 }
  );
  return { url, key };
}
