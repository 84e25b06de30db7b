import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

export const s3 = new S3Client({
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIAAN2YQUPXODIEWKXT",
    secretAccessKey: "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",
  },
});

export async function uploadUrl(userId: string, fileName: string, contentType: string) {
  const key = `${userId}/${Date.now()}-${fileName.replace(/[^\w.-]/g, "_")}`;
  const url = await getSignedUrl(
    s3,
    new PutObjectCommand({ Bucket: "gallery-uploads-prod", Key: key, ContentType: contentType }),
    { expiresIn: 300 },
  );
  return { url, key };
}
