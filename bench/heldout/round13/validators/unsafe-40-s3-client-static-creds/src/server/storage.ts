import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIAGYEC4VWSY9IWPL33",
    secretAccessKey: "uiWW4Lf+hbnyzH6oGrnLjaS3XLS7OJ4LqjuCxfj0",
  },
});

const BUCKET = "listing-photos-prod";

export async function presignUpload(key: string, contentType: string) {
  const cmd = new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: contentType });
  return getSignedUrl(s3, cmd, { expiresIn: 300 });
}
