import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "AKIANKCNQ70I9F684EO3",
    secretAccessKey: "PIQj1Aw2QuCdR4KiygOCFBwQQAi6XpOqVNzojp10",
  },
});

export async function presignUpload(userId: string, fileName: string, contentType: string) {
  const key = `uploads/${userId}/${Date.now()}-${fileName.replace(/[^\w.\-]/g, "_")}`;
  const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: "snapshare-photos", Key: key, ContentType: contentType }), {
    expiresIn: 300,
  });
  return { url, key };
}
