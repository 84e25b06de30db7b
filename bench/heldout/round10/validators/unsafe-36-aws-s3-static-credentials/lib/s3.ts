import { S3Client, PutObjectCommand, GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

export const s3 = new S3Client({
  region: "eu-west-3",
  credentials: {
    accessKeyId: "AKIAV67Q4N6PCUCOYAKY",
    secretAccessKey: "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",
  },
});

const BUCKET = "shelter-photos-prod";

export async function uploadUrl(key: string, contentType: string) {
  return getSignedUrl(
    s3,
    new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: contentType }),
    { expiresIn: 300 }
  );
}

export async function downloadUrl(key: string) {
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 3600 });
}
