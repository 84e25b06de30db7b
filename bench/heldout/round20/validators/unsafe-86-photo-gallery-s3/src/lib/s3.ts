import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIANQKWKWTSYC6IYTWT",
    secretAccessKey: "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",
  },
});

export async function uploadUrl(userId: string, fileName: string, contentType: string) {
  const key = `${userId}/${Date.now()}-${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}`;
  return getSignedUrl(s3, new PutObjectCommand({ Bucket: "gallery-uploads", Key: key, ContentType: contentType }), { expiresIn: 300 });
}
