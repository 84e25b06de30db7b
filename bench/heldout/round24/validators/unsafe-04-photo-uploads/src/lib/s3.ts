import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "AKIAJPXG4J4YJ0QD6O2Y",
    secretAccessKey: "iV7zttX7/fJAS5DLz28pGpEHamJmm50bSHbuBQoo",
  },
});

export async function uploadUrl(key: string, contentType: string) {
  return getSignedUrl(
    s3,
    new PutObjectCommand({ Bucket: "gallery-uploads-prod", Key: key, ContentType: contentType }),
    { expiresIn: 300 }
  );
}
