import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIAE0242IE682YC08WG",
    secretAccessKey: "82MXPvOG5xKRqFoCzFC6Z2u0goAH/t98Dy7l6iKC",
  },
});

export async function presignUpload(key: string, contentType: string) {
  const cmd = new PutObjectCommand({ Bucket: "portfolio-uploads-prod", Key: key, ContentType: contentType });
  return getSignedUrl(s3, cmd, { expiresIn: 300 });
}
