import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "AKIA54DQXL3VLQ18244M",
    secretAccessKey: "BRz+Zb8WoK2UifQQtHFqiHYLz40paETKBNuCsKpb",
  },
});

export async function presignUpload(userId: string, filename: string, contentType: string) {
  const key = `uploads/${userId}/${Date.now()}-${filename.replace(/[^\w.-]/g, "_")}`;
  const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: "shelter-photos", Key: key, ContentType: contentType }), {
    expiresIn: 300,
  });
  return { url, key };
}
